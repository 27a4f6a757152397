import * as AC from 'adaptivecards';

import { cardTextRuns, type Theme } from './dom';

/**
 * Renders the bot's own Adaptive Cards in the tab, so one template serves both. A button press
 * becomes (verb, data with the card's inputs), exactly what Teams would send the bot.
 */
export type OnVerb = (verb: string, data: Record<string, unknown>) => void;

let markdownReady = false;

/** Cards use **bold** for matched words and escape everything else; HTML is escaped before any markup is added. */
function setUpMarkdown(): void {
  if (markdownReady) return;
  markdownReady = true;
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    const html = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\n/g, '<br>');
    result.outputHtml = cardTextRuns(text)
      .map((r) => (r.bold ? `<strong>${html(r.text)}</strong>` : html(r.text)))
      .join('');
    result.didProcess = true;
  };
}

const FOREGROUND: Record<Theme, { default: string; subtle: string; good: string; attention: string; warning: string; accent: string }> = {
  default: { default: '#242424', subtle: '#616161', good: '#0e7a0b', attention: '#b10e1c', warning: '#835c00', accent: '#1d5c74' },
  dark: { default: '#ffffff', subtle: '#c7c7c7', good: '#8fd98c', attention: '#ff8a8f', warning: '#f9d77e', accent: '#7fc4de' },
  contrast: { default: '#ffffff', subtle: '#ffffff', good: '#3ff23f', attention: '#ffff00', warning: '#ffff00', accent: '#1aebff' },
};

function hostConfig(theme: Theme): AC.HostConfig {
  const c = FOREGROUND[theme];
  const colour = (value: string) => ({ default: value, subtle: value });
  return new AC.HostConfig({
    fontFamily: "'Segoe UI', system-ui, sans-serif",
    supportsInteractivity: true,
    containerStyles: {
      default: {
        backgroundColor: 'transparent',
        foregroundColors: {
          default: { default: c.default, subtle: c.subtle },
          good: colour(c.good),
          attention: colour(c.attention),
          warning: colour(c.warning),
          accent: colour(c.accent),
          dark: colour(c.default),
          light: colour(c.subtle),
        },
      },
    },
    actions: { actionsOrientation: 'horizontal', buttonSpacing: 8, spacing: 'default', showCard: { actionMode: 'inline' } },
  });
}

export function renderCard(json: unknown, host: HTMLElement, theme: Theme, onVerb: OnVerb): void {
  setUpMarkdown();
  const card = new AC.AdaptiveCard();
  card.hostConfig = hostConfig(theme);
  card.onExecuteAction = (action) => {
    const data = { ...((action as AC.SubmitActionBase).data as Record<string, unknown> | undefined) };
    const verb = action instanceof AC.ExecuteAction ? action.verb : typeof data['verb'] === 'string' ? (data['verb'] as string) : '';
    if (verb) onVerb(verb, data);
  };
  card.parse(json);
  const element = card.render();
  host.replaceChildren(...(element ? [element] : []));
}
