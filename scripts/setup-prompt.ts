// A password typed at the terminal is not echoed: the prompt reads raw keystrokes itself.
export function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stdout.write(prompt);
    input.setRawMode?.(true);
    input.resume();
    input.setEncoding("utf8");
    let value = "";
    const done = (fn: () => void) => {
      input.setRawMode?.(false);
      input.pause();
      input.off("data", onData);
      process.stdout.write("\n");
      fn();
    };
    function onData(chunk: string) {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done(() => resolve(value));
        if (ch === "\u0003") return done(() => reject(new Error("Đã huỷ.")));
        if (ch === "\u007f" || ch === "\b") value = [...value].slice(0, -1).join("");
        else value += ch;
      }
    }
    input.on("data", onData);
  });
}
