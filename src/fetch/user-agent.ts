/** Who we are, in every request: a site operator who sees us in a log can tell what we do and find us. */
export const USER_AGENT = 'vn-officials-graph/0.1 (+https://github.com/vn-officials-graph; reads public news articles into a knowledge graph of officials; obeys robots.txt)';

/** The name robots.txt groups are matched against: the product token of the User-Agent. */
export const ROBOTS_AGENT = 'vn-officials-graph';
