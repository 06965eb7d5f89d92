import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../shared/i18n';
import { formatLocalDate } from '../../shared/time';
import { dateOfDay, dayNumber, nextStep, previousStep } from './days';
import { FIRST_DAY } from './mapState';
import type { Play } from './usePlay';
import type { MapSteps } from './useMapSteps';

type Intent = 'previous' | 'next' | 'play';

interface DateControlsProps {
  readonly at: string;
  readonly today: string;
  readonly steps: MapSteps;
  readonly reducedMotion: boolean;
  readonly play: Play;
  readonly show: (at: string) => void;
}

/**
 * The date: a slider from 2008-01-01 to today (dragging shows the date it is on; letting go, or a
 * key, shows that day's map), a date field for an exact day, the previous and next change, and
 * play (not offered to readers who asked for less motion: they step with "next change").
 */
export function DateControls({ at, today, steps, reducedMotion, play, show }: DateControlsProps) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<number | null>(null);
  const slider = useRef<HTMLInputElement>(null);
  const day = draft ?? dayNumber(at);

  // The native change event comes when the slider is let go (or moved by a key): then the map follows.
  useEffect(() => {
    const input = slider.current;
    if (!input) return;
    const commit = () => {
      setDraft(null);
      play.stop();
      show(dateOfDay(Number(input.value)));
    };
    input.addEventListener('change', commit);
    return () => input.removeEventListener('change', commit);
  }, [play, show]);

  const { changePoints } = steps;
  // Until the change points are known, a step is possible anywhere but at the ends.
  const previous = steps.ready ? previousStep(steps.steps, at) : at > FIRST_DAY ? FIRST_DAY : null;
  const next = steps.ready ? nextStep(steps.steps, at) : at < today ? today : null;
  const go = (date: string | null) => () => {
    if (date === null) return;
    play.stop();
    show(date);
  };
  // The first step or play asks for the law's change points, and happens once they are known.
  const [intent, setIntent] = useState<Intent | null>(null);
  const perform = (what: Intent) => {
    if (what === 'play') play.toggle();
    else go((what === 'next' ? nextStep : previousStep)(steps.steps, at))();
  };
  const act = (what: Intent) => () => {
    if (steps.ready) return perform(what);
    steps.want();
    setIntent(what);
  };
  useEffect(() => {
    if (intent === null || !steps.ready) return;
    setIntent(null);
    perform(intent);
  });
  const shown = formatLocalDate(dateOfDay(day), lang);

  return (
    <div className="map-dates">
      <div className="field map-slider">
        <label htmlFor="map-slider">{t('map.dateSlider')}</label>
        <input
          id="map-slider"
          ref={slider}
          type="range"
          min={0}
          max={dayNumber(today)}
          step={1}
          value={day}
          aria-valuetext={shown}
          aria-describedby="map-slider-range"
          onChange={(event) => setDraft(Number(event.currentTarget.value))}
        />
        <span id="map-slider-range" className="small muted">
          {t('map.dateRange', { from: formatLocalDate(FIRST_DAY, lang), to: formatLocalDate(today, lang) })}
        </span>
      </div>
      <div className="field map-date">
        <label htmlFor="map-date">{t('map.date')}</label>
        <input
          id="map-date"
          type="date"
          min={FIRST_DAY}
          max={today}
          value={dateOfDay(day)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (value >= FIRST_DAY && value <= today) go(value)();
          }}
        />
      </div>
      <div className="map-steps">
        <button type="button" className="button" onClick={act('previous')} disabled={previous === null}>
          {t(changePoints ? 'map.previousChange' : 'map.previousMonth')}
        </button>
        {!reducedMotion && (
          <button type="button" className="button button-primary" onClick={play.playing ? play.toggle : act('play')}>
            {t(play.playing ? 'map.pause' : 'map.play')}
          </button>
        )}
        <button type="button" className="button" onClick={act('next')} disabled={next === null}>
          {t(changePoints ? 'map.nextChange' : 'map.nextMonth')}
        </button>
        <button type="button" className="button" onClick={go(today)} disabled={at === today}>
          {t('map.today')}
        </button>
      </div>
      <p className="small muted map-play-hint" role="status">
        {steps.loading
          ? t('map.findingChanges')
          : !reducedMotion && t(changePoints ? 'map.playHint' : 'map.playHintMonths')}
      </p>
    </div>
  );
}
