/** The tool's version, written into every plan. Kept in step with package.json by a test. */
export const TOOL_VERSION = '1.0.0';
