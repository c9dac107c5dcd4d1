import type { ProfileCard } from '@/utils/hover/profile-card';
import { NorthKoreaFlag } from '@/components/popover/NorthKoreaFlag';
import type { Theme } from '@/utils/hover/theme';

export interface PopoverProps {
  card: ProfileCard;
  theme: Theme;
  /** A short confirmation or hint read out to screen readers ("Citation copied"). */
  status: string;
  onOpenSidePanel: () => void;
  onCopyCitation: () => void;
  /** Moves to the next mention of the same name on the page. */
  onFindNext: () => void;
  onClose: () => void;
}

/** The hover card: who or what a name is, the role it held, and one sourced sentence. */
export function Popover({ card, theme, status, ...actions }: PopoverProps) {
  const titleId = `nk-lens-title-${card.id}`;
  return (
    <div class="card" role="dialog" aria-labelledby={titleId} tabIndex={-1} data-theme={theme}>
      <div class="head">
        <div class="names">
          <h2 class="name" id={titleId}>
            {card.name}
          </h2>
          {card.hangul && (
            <span class="hangul" lang="ko">
              {card.hangul}
            </span>
          )}
        </div>
        <button type="button" class="close" aria-label="Close" onClick={actions.onClose}>
          ×
        </button>
      </div>
      <p class="kind">
        {card.northKorean && (
          <span class="badge">
            <NorthKoreaFlag />
            North Korea
          </span>
        )}
        <span>{card.typeName}</span>
      </p>
      {card.role && (
        <p class="role">
          <strong>{card.role.title}</strong>
          {card.role.affiliation && <span>, {card.role.affiliation}</span>}
          <span class="note">{card.role.note}</span>
        </p>
      )}
      {card.summary && <p class="summary">{card.summary}</p>}
      {card.excerpt && (
        <figure class="excerpt">
          <blockquote aria-label={card.excerpt.kind === 'quote' ? 'Quote' : 'Evidence'}>
            {card.excerpt.text}
          </blockquote>
          <figcaption>{card.excerpt.source}</figcaption>
        </figure>
      )}
      <div class="actions">
        <button type="button" onClick={actions.onOpenSidePanel}>
          Open in side panel
        </button>
        {card.excerpt && (
          <button type="button" onClick={actions.onCopyCitation}>
            Copy citation
          </button>
        )}
        <button type="button" onClick={actions.onFindNext}>
          Find on page
        </button>
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}
