/** A mistake found while rendering a team template, with the template line Handlebars gave (undefined when it gave none). */
export class RenderMistake extends Error {
  constructor(
    message: string,
    readonly lineNumber: number | undefined,
  ) {
    super(message);
  }
}
