// How a model file is written: stable key order, one line per part, so a retrain that changes
// nothing changes no byte and a diff of two trainings is readable.
import type { LinearModelData } from '../engine/linear-model';

export function serializeModel(m: LinearModelData): string {
  return `{\n"name": ${JSON.stringify(m.name)},\n"version": ${m.version},\n"trained": ${JSON.stringify(m.trained ?? {})},\n`
    + `"classes": ${JSON.stringify(m.classes)},\n"features": ${JSON.stringify(m.features)},\n"weights": ${JSON.stringify(m.weights)}\n}\n`;
}
