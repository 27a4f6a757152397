// jest cannot load the ESM-only strip-bom that @microsoft/app-manifest requires (Node itself can);
// this is the same one-line function as CommonJS, for tests only.
module.exports = function stripBom(text) {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, got ${typeof text}`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};
