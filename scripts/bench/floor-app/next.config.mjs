/**
 * The floor fixture: Next's defaults, so its JS is the framework's and nothing of ours. One exception:
 * scripts/bench/floor.ts builds it in a temp dir whose node_modules is a symlink into the repo, and Turbopack
 * resolves nothing outside its root, so floor.ts passes the two folders' common ancestor as FLOOR_TURBOPACK_ROOT.
 */
export default { turbopack: { root: process.env.FLOOR_TURBOPACK_ROOT } };
