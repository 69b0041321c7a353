// A progress bar for long runs on a terminal; silent when stderr is not a terminal (CI, pipes).
import cliProgress from "cli-progress";

/** Returns a progress callback, or undefined when nothing should be drawn. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let bar: cliProgress.SingleBar | undefined;
  return (done, total) => {
    // Small runs finish before a bar would help.
    if (total < 50) return;
    if (!bar) {
      bar = new cliProgress.SingleBar({ stream, format: "formatting [{bar}] {value}/{total} files", clearOnComplete: true, hideCursor: true }, cliProgress.Presets.shades_classic);
      bar.start(total, done);
    }
    bar.update(done);
    if (done >= total) {
      bar.stop();
      bar = undefined;
    }
  };
}
