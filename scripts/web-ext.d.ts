/** The one part of web-ext's API the Firefox lint uses; web-ext ships no types. */
declare module 'web-ext' {
  interface LintFinding {
    code: string;
    message: string;
    file?: string;
  }
  interface LintResult {
    errors: LintFinding[];
    warnings: LintFinding[];
    notices: LintFinding[];
  }
  const webExt: {
    cmd: {
      lint(
        params: { sourceDir: string; output: 'text' | 'json'; selfHosted: boolean; boring: boolean },
        options: { shouldExitProgram: boolean },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}
