import { UsageError } from "./command";

/** Passwords never come from the command line, where shell history and process lists would keep them. */
const PASSWORD_HELP =
  "Passwords are not taken on the command line (shell history and process lists keep them). " +
  "Type it when asked, or pipe it on standard input: printf '%s\\n' \"$PASSWORD\" | npm run newsroom -- user add ...";

export function refusePasswordFlag(v: Record<string, unknown>) {
  if (v.password !== undefined) throw new UsageError(PASSWORD_HELP);
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (err?: Error) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return finish();
        if (ch === "\u0003" || ch === "\u0004") return finish(new UsageError("Cancelled: no account was changed"));
        if (ch === "\u007f" || ch === "\b") value = [...value].slice(0, -1).join("");
        else if (ch >= " ") value += ch;
      }
    };
    process.stderr.write(prompt);
    stdin.setEncoding("utf8");
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}

/** The password: typed twice at a terminal, or the first line of piped standard input. */
export async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden("Password (at least 12 characters, not shown): ");
    const again = await promptHidden("The same password again: ");
    if (first !== again) throw new UsageError("The two passwords differ: run the command again");
    return first;
  }
  process.stdin.setEncoding("utf8");
  let text = "";
  for await (const chunk of process.stdin) {
    text += chunk;
    if (text.includes("\n")) break;
  }
  const line = text.split(/\r?\n/)[0];
  if (line === "") throw new UsageError(`Give the password on standard input. ${PASSWORD_HELP}`);
  return line;
}
