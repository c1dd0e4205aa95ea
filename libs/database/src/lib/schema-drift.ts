import { DataSource } from 'typeorm';
import { dataSourceOptions, EntityList } from './data-source-options';

export interface SchemaDrift {
  up: string[];
  down: string[];
}

/** The SQL that TypeORM would run to make the migrated schema match the entities: empty when they agree. */
export async function computeSchemaDrift(url: string, entities: EntityList): Promise<SchemaDrift> {
  const dataSource = new DataSource({ ...dataSourceOptions(url, entities), logging: false });
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query) };
  } finally {
    await dataSource.destroy();
  }
}

/** Source of a migration class that applies `drift`, in the style of TypeORM's generator. */
export function renderMigration(name: string, timestamp: number, drift: SchemaDrift): string {
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(drift.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...drift.down].reverse())}
  }
}
`;
}
