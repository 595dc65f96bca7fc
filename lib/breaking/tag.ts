/** The cache tag of every page that shows the breaking-news banner. */
export const BREAKING_TAG = "breaking";
