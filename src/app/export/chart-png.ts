/**
 * A chart as a PNG file. Chart.js canvases are transparent, which most viewers show as black or
 * checkerboard: the image is drawn over white first.
 */
import type { Chart } from 'chart.js';

/** The chart's image over a white background, as a PNG blob. */
export async function chartPngBlob(chart: Pick<Chart, 'toBase64Image'>, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = chart.toBase64Image('image/png', 1);
  await image.decode();
  const canvas = document.createElement('canvas');
  // The chart's own pixel size (device pixels), so the export is as sharp as the screen.
  canvas.width = image.naturalWidth || width;
  canvas.height = image.naturalHeight || height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('chartPngBlob: no 2D context');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('chartPngBlob: the canvas gave no image'))), 'image/png'));
}
