import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'judges' })
export class Judge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('judges_normalized_name_unique', { unique: true })
  @Column({ type: 'text' })
  normalizedName!: string;
}
