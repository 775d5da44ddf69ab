// Plan and apply renderers: text for terminals, Markdown (with a Mermaid graph) for summaries and comments,
// JSON for machines, Mermaid and DOT for `aifactory graph`.
export { renderText } from './text.js';
export { renderMarkdown, DEFAULT_MARKDOWN_LIMIT, type MarkdownOptions } from './markdown.js';
export { renderJson, canonical } from './json.js';
export { renderMermaid, renderDot } from './mermaid.js';
export { renderApplyMarkdown, renderApplyText, applySummary } from './apply.js';
export { formatDuration, summaryLine, howToAllow, changeLine, KNOWN_AFTER_APPLY } from './common.js';
