/** The floor fixture: Next's defaults, so its JS is the framework's and nothing of ours. */
export default {};
