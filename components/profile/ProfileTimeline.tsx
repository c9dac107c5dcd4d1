import type { TimelineEvent } from '@/utils/dataset/types';
import { Cited } from '@/components/profile/Cited';
import { formatDate } from '@/utils/dataset/display-date';

/** "13 Dec 2019", "5 Dec 2017 – 9 Dec 2017", "c. 2015". */
export function eventDate(event: TimelineEvent): string {
  const start = formatDate(event.date, 'short');
  const range = event.endDate ? `${start} – ${formatDate(event.endDate, 'short')}` : start;
  return event.precision === 'approximate' ? `c. ${range}` : range;
}

export function ProfileTimeline({ timeline }: { timeline: TimelineEvent[] }) {
  if (timeline.length === 0) return null;
  const events = [...timeline].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">Timeline</h3>
      <ol class="facts timeline">
        {events.map((event) => (
          <li key={`${event.source.doc}-${event.source.start}-${event.date}`}>
            <Cited source={event.source}>
              <p class="fact">
                <time dateTime={event.date}>{eventDate(event)}</time>
                <span class="as-of"> · “{event.expression}”</span>
              </p>
            </Cited>
          </li>
        ))}
      </ol>
    </section>
  );
}
