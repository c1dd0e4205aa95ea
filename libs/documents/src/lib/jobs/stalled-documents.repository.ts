import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { rows } from '@casetrail/core';
import { DataSource } from 'typeorm';
import { DocumentStatus } from '../documents/document-status';

/** Documents still waiting for extraction. */
@Injectable()
export class StalledDocumentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ids of up to 1,000 documents received more than `graceSeconds` ago and not extracted, oldest first. */
  async receivedBefore(graceSeconds: number): Promise<string[]> {
    const found = await rows<{ id: string }>(
      this.dataSource,
      `SELECT id FROM documents WHERE status = $1 AND created_at < now() - make_interval(secs => $2)
       ORDER BY created_at LIMIT 1000`,
      [DocumentStatus.Received, graceSeconds],
    );
    return found.map((row) => row.id);
  }
}
