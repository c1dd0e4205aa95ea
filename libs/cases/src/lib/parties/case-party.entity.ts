import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Case } from '../cases/case.entity';
import { Party } from './party.entity';
import { PartyRole } from './party-role';

export interface Attorney {
  name: string;
  contact: string | null;
  roles: string[];
}

@Entity({ name: 'case_parties' })
export class CaseParty {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ type: 'uuid' })
  partyId!: string;

  @PrimaryColumn({ type: 'text' })
  role!: PartyRole;

  /** The role as the source wrote it ("Counter Claimant", "Debtor"). */
  @Column({ type: 'text', nullable: true })
  roleAsWritten!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attorneys!: Attorney[];

  @Column({ type: 'date', nullable: true })
  terminatedOn!: string | null;

  @ManyToOne('Case', 'parties', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @ManyToOne(() => Party, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'party_id' })
  party?: Party;
}
