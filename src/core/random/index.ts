export { createStream, childSeed, type RandomStream } from './create-stream.ts';
export { sampleExponential } from './exponential.ts';
export { sampleNormal } from './normal.ts';
export { sampleLognormal } from './lognormal.ts';
export { samplePoisson } from './poisson.ts';
