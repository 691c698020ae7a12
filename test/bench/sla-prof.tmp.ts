import { bench } from './sla.bench';
await bench();
