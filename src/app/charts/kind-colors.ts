import type { ActivityKind } from '../../core/ingest/types.ts';

/** A fixed palette, distinguishable with the common colour-vision deficiencies (Okabe–Ito). */
export const KIND_COLORS: Record<ActivityKind, string> = {
  dial: '#0072B2',
  voice_drop: '#E69F00',
  inbound_acd: '#009E73',
  recording: '#CC79A7',
  press1: '#D55E00',
  other: '#7A7A7A',
};

export const TOTAL_COLOR = '#1F4E8C';
export const MEAN_COLOR = '#5B9BD5';
export const GRID_COLOR = '#E5E8EC';
export const TEXT_COLOR = '#3D4752';
