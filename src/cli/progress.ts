// The progress line a long input draws on stderr, when stderr is a terminal someone watches.
// One line, redrawn in place, and erased when the file is done so it never mixes with the
// real messages that follow.
export type Progress = (fraction: number) => void;

export interface ProgressLine {
  update: Progress;
  done: () => void;
}

export function progressLine(write: (s: string) => void, file: string): ProgressLine {
  let shown = -1;
  return {
    update(fraction) {
      const percent = Math.min(100, Math.floor(fraction * 100));
      if (percent === shown) return;
      shown = percent;
      write(`\rwhosaid: analysing ${file}: ${percent}%\x1b[K`);
    },
    done() {
      if (shown >= 0) write('\r\x1b[K');
    },
  };
}
