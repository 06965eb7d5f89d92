/**
 * The notes of a policy file, as paragraphs. The YAML wraps its lines at a fixed width, so a line
 * break alone is a space; a blank line, a "- " item or a "Label:" at the start of a line begins a
 * new paragraph.
 */
export function noteParagraphs(notes: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const raw of notes.split('\n')) {
    const line = raw.trim();
    if (line === '') flush();
    else {
      if (/^- /.test(line) || /^[A-Z][A-Za-z ]{1,24}:\s/.test(line)) flush();
      current.push(line);
    }
  }
  flush();
  return paragraphs;
}

/** Shown in the language of the source (English), whatever the reader's language. */
export function SourceNotes({ notes }: { readonly notes: string }) {
  return (
    <div className="notes" lang="en">
      {noteParagraphs(notes).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
