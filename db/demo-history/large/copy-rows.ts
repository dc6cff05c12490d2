import { getTableColumns, getTableName, type Table } from 'drizzle-orm';

/**
 * Rows as PostgreSQL's COPY text format reads them (tab-separated, \N for null), by the table's
 * drizzle columns: the same row objects the ORM would insert, so a column added to the schema is
 * a compile error here rather than a silent gap. Generated columns are left to the database.
 */
export interface CopyEncoder<Row> {
  /** `copy "table" ("col", …) from stdin` */
  statement: string;
  line(row: Row): string;
}

const SPECIAL = /[\\\n\r\t]/;

function escapeText(value: string): string {
  if (!SPECIAL.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

export function encodeValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Uint8Array) return `\\\\x${Buffer.from(value).toString('hex')}`;
  // A shared value (a clock's calendar) is written once and reused.
  if (Object.isFrozen(value)) {
    let text = frozen.get(value);
    if (text === undefined) {
      text = escapeText(JSON.stringify(value));
      frozen.set(value, text);
    }
    return text;
  }
  return escapeText(JSON.stringify(value));
}

const frozen = new WeakMap<object, string>();

export function copyEncoder<T extends Table>(table: T): CopyEncoder<T['$inferSelect']> {
  const columns = Object.entries(getTableColumns(table)).filter(([, column]) => !(column as { generated?: unknown }).generated);
  const arrays = new Set(columns.filter(([, column]) => column.columnType === 'PgArray').map(([key]) => key));
  const keys = columns.map(([key]) => key);
  const names = columns.map(([, column]) => column.name);
  return {
    statement: `copy "${getTableName(table)}" (${names.map((name) => `"${name}"`).join(', ')}) from stdin`,
    line(row) {
      let out = '';
      for (let index = 0; index < keys.length; index++) {
        const key = keys[index]!;
        const value = (row as Record<string, unknown>)[key];
        if (index > 0) out += '\t';
        out += arrays.has(key) && Array.isArray(value) ? escapeText(arrayLiteral(value)) : encodeValue(value);
      }
      return `${out}\n`;
    },
  };
}
