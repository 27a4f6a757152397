/** The privacy and terms pages the Teams manifest links to: short, plain, and ours. */
const PAGES = {
  privacy: {
    title: 'Board assistant: privacy',
    body: [
      'The board assistant reads the documents a board’s clerk gives it — minutes, action logs, agenda packs and guidance — and keeps them in the council’s own database, on the council’s own server. Nothing is sent to any other service.',
      'When you use it, it records what you change: action updates, replies to meetings and apologies, with your name and the time. The clerk can see these records; they are kept as long as the board keeps its papers.',
      'It knows you through your organisation’s Microsoft Entra account and the board’s roster. It stores how to reach you in Teams so it can send you reminders, and forgets that when you remove the app.',
      'Board documents are often about children and families. Do not type a child’s details into the chat: ask about the board’s business instead.',
      'Questions about your data go to the board’s business manager or your council’s data protection officer.',
    ],
  },
  terms: {
    title: 'Board assistant: terms of use',
    body: [
      'The board assistant is provided to members of the board for the board’s business. Use it as you would the board’s papers: they are confidential.',
      'Its answers come from the documents it has been given. The minutes approved by the board are the record; if the assistant and the minutes disagree, the minutes are right — please tell the clerk.',
      'Changes you make (action updates, apologies) are recorded under your name and can be seen by the clerk and the chair.',
    ],
  },
} as const;

export function staticPage(name: keyof typeof PAGES): string {
  const page = PAGES[name];
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${page.title}</title>
<style>body{font-family:system-ui,"Segoe UI",sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}</style></head>
<body><h1>${page.title}</h1>${page.body.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
}
