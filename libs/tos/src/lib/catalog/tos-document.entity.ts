import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { TosService } from './tos-service.entity';

/**
 * One tracked document of a service: its type ("Terms of Service", "Privacy Policy") and where it
 * is published. A document may continue an earlier one (its predecessor): the same terms under
 * another service name or URL. Clause keys carry over from the predecessor's last version, so a
 * clause keeps one key through the whole lineage (see docs/tos.md).
 */
@Entity({ name: 'tos_documents' })
@Index('tos_documents_service_slug_unique', ['serviceId', 'slug'], { unique: true })
export class TosDocument {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne('TosService', 'documents', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: TosService;

  @Column({ type: 'text' })
  type!: string;

  /** slugify(type). */
  @Column({ type: 'text' })
  slug!: string;

  /** Every URL the document has been read from, first known first. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sourceUrls!: string[];

  @Index('tos_documents_predecessor')
  @Column({ type: 'uuid', nullable: true })
  predecessorId!: string | null;

  @ManyToOne('TosDocument', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'predecessor_id' })
  predecessor?: TosDocument | null;

  /** Why this document continues its predecessor (the lineage rule that matched). */
  @Column({ type: 'text', nullable: true })
  predecessorNote!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
