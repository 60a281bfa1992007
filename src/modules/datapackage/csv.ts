import fs from 'node:fs';

/** One CSV field per RFC 4180: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: Array<string | number | null | undefined>): string {
  return `${values.map(csvField).join(',')}\n`;
}

/** Writes a CSV file in large chunks, waiting when the disk is slower than the queries. */
export class CsvFileWriter {
  private readonly stream: fs.WriteStream;
  private buffer: string[] = [];
  private size = 0;
  rows = 0;

  constructor(file: string, header: string[]) {
    this.stream = fs.createWriteStream(file, { encoding: 'utf8' });
    this.buffer.push(csvLine(header));
  }

  async write(values: Array<string | number | null | undefined>): Promise<void> {
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
