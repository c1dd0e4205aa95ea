import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { TosDocument } from './tos-document.entity';

/** A product whose terms are tracked ("ChatGPT"), and the company behind it ("OpenAI"). */
@Entity({ name: 'tos_services' })
export class TosService {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('tos_services_name_unique', { unique: true })
  @Column({ type: 'text' })
  name!: string;

  /** slugify(name): what API paths match, so that `chatgpt` and `ChatGPT` name one service. */
  @Index('tos_services_slug_unique', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  provider!: string;

  @OneToMany('TosDocument', 'service')
  documents?: TosDocument[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
