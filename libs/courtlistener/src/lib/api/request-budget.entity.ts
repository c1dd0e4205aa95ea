import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Requests made to CourtListener's API in one clock hour, counted across every process. */
@Entity({ name: 'courtlistener_request_budget' })
export class CourtListenerRequestWindow {
  @PrimaryColumn({ type: 'timestamptz' })
  hourStart!: Date;

  @Column({ type: 'integer', default: 0 })
  requests!: number;
}
