import { prepareNginxPrefix } from "../e2e-scale/support/nginx";

/**
 * Prepares deploy/nginx.conf for scripts/scale-servers.sh: a prefix with the config rewritten for these ports
 * (only `listen` and the upstream's `server` lines) and the 503 page. Prints the prefix; the script runs
 *   nginx -p <prefix>/ -c <prefix>/nginx.conf -e stderr -g 'daemon off;'
 *
 *   tsx scripts/scale-nginx.ts <listen port> <instance port>...
 */
const [listen, ...upstreams] = process.argv.slice(2).map(Number);
if (!listen || !upstreams.length || [listen, ...upstreams].some((p) => !Number.isInteger(p) || p < 1 || p > 65535)) {
  console.error("usage: tsx scripts/scale-nginx.ts <listen port> <instance port>...");
  process.exit(2);
}
console.log(prepareNginxPrefix({ listen, upstreams }).prefix);
