import fs from 'node:fs';
import { type CsvValue, csvLine } from '../../platform/files/csv.js';

/**
 * Writes a CSV file in large chunks, waiting when the disk is slower than the queries. Cells go
 * through csvField: a text a spreadsheet would run as a formula gets a leading apostrophe, which
 * readRows (source.ts) takes away again, so a package round-trips exactly (platform/files/cells.ts).
 */
export class CsvFileWriter {
  private readonly stream: fs.WriteStream;
  private buffer: string[] = [];
  private size = 0;
  rows = 0;

  constructor(file: string, header: string[]) {
    this.stream = fs.createWriteStream(file, { encoding: 'utf8' });
    this.buffer.push(csvLine(header));
  }

  async write(values: CsvValue[]): Promise<void> {
    const line = csvLine(values);
    this.buffer.push(line);
    this.size += line.length;
    this.rows++;
    if (this.size > 1 << 20) await this.drain();
  }

  private async drain(): Promise<void> {
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }

  async close(): Promise<void> {
    await this.drain();
    await new Promise<void>((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}
