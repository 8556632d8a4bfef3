import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { getal, procent } from '../../shared/nl';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface Weekpunt {
  label: string;
  aantal: number;
  /** 0..1, or null in a week without anything to share out. */
  aandeel: number | null;
}

const tekst = '#1a1a1a';
/** Bars in the house colour and colours that keep 3:1 against white and each other's neighbours. */
const kleuren = ['#00506e', '#b35c00', '#5c3c8c', '#1f6f3a', '#8c1c3c', '#4d4d4d', '#0a7c8c'];
const lijnkleur = '#b35c00';
/** The line is drawn as 0..100; every label and tooltip writes it as the tables do: "77,4 %". */
const procentLabel = (v: number) => procent(v / 100);
const aantalLabel = (v: number) => getal(v, 0);
const waarde = (schrijf: (v: number) => string) => (v: unknown) => (typeof v === 'number' ? schrijf(v) : '–');
const alsProcent = (aandeel: number | null) => (aandeel === null ? null : Math.round(aandeel * 1000) / 10);

const as = (name: string, formatter: (v: number) => string, extra: object = {}) => ({
  type: 'value',
  name,
  axisLabel: { color: tekst, formatter },
  nameTextStyle: { color: tekst },
  ...extra,
});

interface Reeks {
  naam: string;
  waarden: (number | null)[];
}

/** Bars of counts (stacked when more than one) and one share line on the right axis, per week. */
function Grafiek({
  labels,
  staven,
  staafAs,
  lijn,
  label,
  beschrijving,
}: {
  labels: string[];
  staven: Reeks[];
  staafAs: string;
  lijn: Reeks;
  label: string;
  beschrijving: string;
}) {
  const doek = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!doek.current) return;
    const grafiek = echarts.init(doek.current, undefined, { renderer: 'svg' });
    grafiek.setOption({
      aria: { enabled: false },
      animation: false,
      textStyle: { color: tekst, fontFamily: 'inherit' },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, itemGap: 24, textStyle: { color: tekst } },
      grid: { left: 48, right: 56, bottom: 32, top: staven.length > 1 ? 88 : 64 },
      xAxis: { type: 'category', data: labels, axisLabel: { color: tekst } },
      yAxis: [
        as(staafAs, aantalLabel, { minInterval: 1 }),
        as(lijn.naam, procentLabel, { min: 0, max: 100 }),
      ],
      series: [
        ...staven.map((s, i) => ({
          name: s.naam,
          type: 'bar',
          stack: staven.length > 1 ? 'aantal' : undefined,
          data: s.waarden,
          tooltip: { valueFormatter: waarde(aantalLabel) },
          itemStyle: { color: kleuren[i % kleuren.length] },
        })),
        {
          name: lijn.naam,
          type: 'line',
          yAxisIndex: 1,
          connectNulls: false,
          data: lijn.waarden,
          tooltip: { valueFormatter: waarde(procentLabel) },
          itemStyle: { color: staven.length > 1 ? tekst : lijnkleur },
          lineStyle: { width: 3 },
        },
      ],
    });
    const passend = () => grafiek.resize();
    window.addEventListener('resize', passend);
    return () => {
      window.removeEventListener('resize', passend);
      grafiek.dispose();
    };
  }, [labels, staven, staafAs, lijn]);
  return (
    <div
      ref={doek}
      role="img"
      aria-label={label}
      aria-describedby={beschrijving}
      className="stadspunt-grafiek"
    />
  );
}

/**
 * A count per week (bars) and a share of it (line). The picture is for the eye; `beschrijving`
 * points to the table with the same figures for everyone else.
 */
export function Trendgrafiek({
  punten,
  namen,
  label,
  beschrijving,
}: {
  punten: Weekpunt[];
  namen: { aantal: string; aandeel: string };
  label: string;
  beschrijving: string;
}) {
  const reeksen = useMemo(
    () => ({
      labels: punten.map((p) => p.label),
      staven: [{ naam: namen.aantal, waarden: punten.map((p) => p.aantal) }],
      lijn: { naam: namen.aandeel, waarden: punten.map((p) => alsProcent(p.aandeel)) },
    }),
    [punten, namen.aantal, namen.aandeel],
  );
  return <Grafiek {...reeksen} staafAs={namen.aantal} label={label} beschrijving={beschrijving} />;
}

export interface Mixpunt {
  label: string;
  /** Per channel, in the order of `kanalen`. */
  aantallen: number[];
  aandeel: number | null;
}

/** Contacts per week stacked per channel, and the digital share as a line. */
export function Mixgrafiek({
  punten,
  kanalen,
  lijnNaam,
  label,
  beschrijving,
}: {
  punten: Mixpunt[];
  kanalen: string[];
  lijnNaam: string;
  label: string;
  beschrijving: string;
}) {
  const reeksen = useMemo(
    () => ({
      labels: punten.map((p) => p.label),
      staven: kanalen.map((naam, i) => ({ naam, waarden: punten.map((p) => p.aantallen[i] ?? 0) })),
      lijn: { naam: lijnNaam, waarden: punten.map((p) => alsProcent(p.aandeel)) },
    }),
    [punten, kanalen, lijnNaam],
  );
  return <Grafiek {...reeksen} staafAs="Contacten" label={label} beschrijving={beschrijving} />;
}
