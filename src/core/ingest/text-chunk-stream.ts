/**
 * A Node-style readable (as `fs.createReadStream` returns): 'data' gives Uint8Array/Buffer or string
 * chunks, then 'end', or 'error'. Typed structurally so no Node types enter the core.
 */
export interface ReadableLike {
  on(event: string, listener: (arg?: unknown) => void): unknown;
  removeListener?(event: string, listener: (arg?: unknown) => void): unknown;
  destroy?(): unknown;
}

/** What `importCsv` reads: the text itself, a Blob or File, or a Node-style readable stream. */
export type CsvInput = string | Blob | ReadableLike;

type Listener = (arg?: unknown) => void;

/** Work between two returns to the event loop when the text is already in memory, in ms. */
const YIELD_EVERY_MS = 50;
/**
 * Most characters handed to the parser at once. Every field of a piece stays alive until the piece
 * is done; with Node's heap capped at 128 MB the young generation is about 1 MB, and the rows of a
 * 1 MiB piece outlive it, which measured about twice as slow overall as 64 KiB pieces.
 */
const PIECE_CHARS = 64 * 1024;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function isBlob(input: unknown): input is Blob {
  return typeof input === 'object' && input !== null
    && typeof (input as Blob).slice === 'function' && typeof (input as Blob).size === 'number'
    && typeof (input as Blob).arrayBuffer === 'function';
}

function isReadable(input: unknown): input is ReadableLike {
  return typeof input === 'object' && input !== null && typeof (input as ReadableLike).on === 'function';
}

/**
 * Any `CsvInput` as text chunks behind the small readable interface Papa Parse streams from
 * (`readable`, `read`, `on`, `removeListener`). Bytes are decoded here with a streaming
 * TextDecoder, so a UTF-8 character cut by a chunk boundary is rejoined (Papa's own File reader
 * decodes each slice alone and would turn it into U+FFFD), and this works the same in browsers,
 * workers and Node. A leading byte-order mark is dropped. Text already in memory is handed over in
 * `chunkSize` slices with a return to the event loop every 50 ms, so cancellation and progress get
 * a chance to run.
 * Example: const s = new TextChunkStream(file, 1 << 20); Papa.parse(s as never, config); s.start();
 */
export class TextChunkStream {
  readonly readable = true;
  /** Bytes (characters for string input) handed to the parser so far. */
  bytesRead = 0;
  private readonly listeners = new Map<string, Listener[]>();
  /** Text handed over and not yet released, with the offset of its first character. */
  private readonly pieces: { at: number; text: string }[] = [];
  private delivered = 0;
  private stopped = false;
  private first = true;
  private detach: (() => void) | null = null;

  constructor(
    private readonly input: CsvInput,
    private readonly chunkSize: number,
  ) {
    if (typeof input !== 'string' && !isBlob(input) && !isReadable(input)) {
      throw new TypeError('TextChunkStream: input must be a string, a Blob or a readable stream');
    }
  }

  /** Total size when known up front: characters of a string, bytes of a Blob; 0 for a stream. */
  get totalBytes(): number {
    const input = this.input;
    return typeof input === 'string' ? input.length : isBlob(input) ? input.size : 0;
  }

  read(): null {
    return null;
  }

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }

  /** Begins delivering chunks (after the parser has subscribed). */
  start(): void {
    const input = this.input;
    const pumped = typeof input === 'string' ? this.pumpString(input) : isBlob(input) ? this.pumpBlob(input) : this.follow(input);
    pumped.catch((error: unknown) => this.fail(error));
  }

  /** Stops delivering chunks and lets go of the source. */
  stop(): void {
    this.stopped = true;
    this.detach?.();
    this.detach = null;
  }

  private emit(event: string, arg?: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(arg);
  }

  private fail(error: unknown): void {
    if (this.stopped) return;
    this.stop();
    this.emit('error', error instanceof Error ? error : new Error(String(error)));
  }

  /**
   * How many times `mark` occurs in characters [from, to) of the text handed over so far (offsets
   * as in Papa's `meta.cursor`), and lets go of the text before `to`.
   */
  countAndRelease(mark: string, from: number, to: number): number {
    let count = 0;
    for (const { at, text } of this.pieces) {
      const end = Math.min(to, at + text.length);
      for (let i = text.indexOf(mark, Math.max(from, at) - at); i !== -1 && i < end - at; i = text.indexOf(mark, i + 1)) count++;
    }
    while (this.pieces.length > 0 && this.pieces[0].at + this.pieces[0].text.length <= to) this.pieces.shift();
    return count;
  }

  private deliver(text: string): void {
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    for (let at = 0; at < text.length && !this.stopped; at += PIECE_CHARS) {
      const piece = text.length <= PIECE_CHARS ? text : text.slice(at, at + PIECE_CHARS);
      this.pieces.push({ at: this.delivered, text: piece });
      this.delivered += piece.length;
      this.emit('data', piece);
    }
  }

  private end(): void {
    if (!this.stopped) this.emit('end');
  }

  private async pumpString(text: string): Promise<void> {
    let lastYield = Date.now();
    for (let at = 0; at < text.length && !this.stopped; at += this.chunkSize) {
      const piece = text.slice(at, at + this.chunkSize);
      this.bytesRead = at + piece.length;
      this.deliver(piece);
      if (Date.now() - lastYield >= YIELD_EVERY_MS) {
        await nextTask();
        lastYield = Date.now();
      }
    }
    this.end();
  }

  private async pumpBlob(blob: Blob): Promise<void> {
    const decoder = new TextDecoder('utf-8');
    for (let at = 0; at < blob.size && !this.stopped; at += this.chunkSize) {
      const bytes = new Uint8Array(await blob.slice(at, at + this.chunkSize).arrayBuffer());
      this.bytesRead = at + bytes.length;
      this.deliver(decoder.decode(bytes, { stream: true }));
    }
    if (!this.stopped) this.deliver(decoder.decode());
    this.end();
  }

  private async follow(stream: ReadableLike): Promise<void> {
    const decoder = new TextDecoder('utf-8');
    const onData: Listener = (chunk) => {
      if (typeof chunk === 'string') {
        this.bytesRead += chunk.length;
        this.deliver(chunk);
      } else if (ArrayBuffer.isView(chunk)) {
        // isView rather than instanceof: Buffers and arrays from another realm count too.
        this.bytesRead += chunk.byteLength;
        this.deliver(decoder.decode(chunk, { stream: true }));
      } else {
        this.fail(new TypeError('TextChunkStream: the stream gave a chunk that is neither text nor bytes'));
      }
    };
    const unsubscribe = (): void => {
      stream.removeListener?.('data', onData);
      stream.removeListener?.('end', onEnd);
      stream.removeListener?.('error', onError);
    };
    const onEnd: Listener = () => {
      unsubscribe();
      this.detach = null;
      this.deliver(decoder.decode());
      this.end();
    };
    const onError: Listener = (error) => this.fail(error);
    this.detach = () => {
      unsubscribe();
      stream.destroy?.();
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  }
}
