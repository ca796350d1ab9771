import { createLogger, type Logger } from '../../src/log.ts';
import type { LogLevel } from '../../src/config.ts';

export interface LogRecord {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

export interface CapturedLog {
  log: Logger;
  /** Every line pino wrote, parsed, oldest first. */
  records: LogRecord[];
  /** The raw JSON lines joined, for searching a marker anywhere in the output. */
  text(): string;
}

/** A real pino logger (with the production redaction list) that writes into memory. */
export function captureLog(level: LogLevel = 'debug'): CapturedLog {
  const lines: string[] = [];
  const records: LogRecord[] = [];
  const log = createLogger({
    level,
    destination: {
      write(line: string) {
        lines.push(line);
        records.push(JSON.parse(line) as LogRecord);
      },
    },
  });
  return { log, records, text: () => lines.join('') };
}
