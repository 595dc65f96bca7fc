export type SecondPass = (items: { tag: string; since: number }[]) => Promise<void>;
export function publishSecondPass(pass: SecondPass): void;
/** The pass, or undefined before Next.js first used the cache handler in this process. */
export function readSecondPass(): SecondPass | undefined;
