import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'parties' })
@Index('parties_name_trgm', { synchronize: false })
export class Party {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Lower-cased, punctuation and corporate suffixes folded: the natural key. */
  @Index('parties_normalized_name_unique', { unique: true })
  @Column({ type: 'text' })
  normalizedName!: string;
}
