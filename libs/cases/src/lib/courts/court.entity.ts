import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'courts' })
export class Court {
  /** PACER / CourtListener style id: `nysd`, `cand`, `jpml`; readable ids for foreign courts. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  shortName!: string;

  @Column({ type: 'text' })
  country!: string;

  @Column({ type: 'text' })
  level!: string;
}
