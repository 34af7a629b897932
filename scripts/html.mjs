// Reading tags in the built HTML, which release builds minify: attribute values may be quoted or
// not, and in any order. Used by the post-build step, the size report and the CSP test.

/** A tag's attributes by lower-case name, e.g. `attributes('<link rel=stylesheet href="a.css">')`. */
export function attributes(tag) {
  const found = {};
  for (const [, name, ...values] of tag.matchAll(/([a-z-]+)=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
    found[name.toLowerCase()] = values.find((value) => value !== undefined);
  }
  return found;
}
