import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NPR_CALIBRATION } from '../../core/research/generator-calibration.data.js';
import { generateNprChunks, type GeneratorCalibration } from '../../core/research/generator.js';

export interface GenerateOptions {
  readonly records: number;
  readonly seed: string;
  readonly calibration?: GeneratorCalibration;
}

/** The generated NPR file as chunks of text, lazily (constant memory). */
export function nprChunks(options: GenerateOptions): Iterable<string> {
  return generateNprChunks(options.calibration ?? NPR_CALIBRATION, options);
}

/** Streams the generated file to a writable (with backpressure), or to a file when given a path. */
export async function writeNprFile(options: GenerateOptions, target: Writable | string): Promise<void> {
  const sink = typeof target === 'string' ? createWriteStream(target) : target;
  await pipeline(Readable.from(nprChunks(options)), sink, { end: typeof target === 'string' });
}
