// Equivalent to the other generators: Markdown bodies are not run through a template language.
module.exports = function () {
  return {
    dir: { input: "src" },
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
};
