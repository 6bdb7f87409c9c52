import { describe, expect, it } from 'vitest';
import { TextChunkStream } from '../../../src/core/ingest/text-chunk-stream.ts';

/** Everything a TextChunkStream delivers, as its listeners see it. */
function drain(stream: TextChunkStream): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const pieces: string[] = [];
    stream.on('data', (piece) => pieces.push(piece as string));
    stream.on('end', () => resolve(pieces));
    stream.on('error', reject);
    stream.start();
  });
}

describe('TextChunkStream', () => {
  it('hands over a string in chunkSize slices without its byte-order mark', async () => {
    const pieces = await drain(new TextChunkStream('\uFEFFabcdefg', 3));
    expect(pieces.join('')).toBe('abcdefg');
    expect(pieces[0]).toBe('ab');
  });

  it('decodes a Blob whose multi-byte characters straddle chunk boundaries', async () => {
    const text = 'naïve,Zoë,日本\n';
    const pieces = await drain(new TextChunkStream(new Blob([`\uFEFF${text}`]), 2));
    expect(pieces.join('')).toBe(text);
  });

  it('counts a character between offsets of the delivered text and lets go of what precedes', async () => {
    const stream = new TextChunkStream('a\nb\nc\n', 2);
    await drain(stream);
    expect(stream.countAndRelease('\n', 0, 4)).toBe(2);
    expect(stream.countAndRelease('\n', 4, 6)).toBe(1);
    // Released text is gone: counting it again finds nothing.
    expect(stream.countAndRelease('\n', 0, 6)).toBe(0);
  });

  it('refuses an input that is not text, a Blob or a readable stream', () => {
    expect(() => new TextChunkStream(42 as never, 10)).toThrow(/TextChunkStream/);
  });
});
