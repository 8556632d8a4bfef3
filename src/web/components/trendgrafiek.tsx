import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { getal, procent } from '../../shared/nl';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface Weekpunt {
  label: string;
  gesloten: number;
  /** 0..1, or null in a week without closed requests. */
  aandeel: number | null;
}

const tekst = '#1a1a1a';
/** The line is drawn as 0..100; every label and tooltip writes it as the tables do: "77,4 %". */
const procentLabel = (v: number) => procent(v / 100);
const aantalLabel = (v: number) => getal(v, 0);
const waarde = (schrijf: (v: number) => string) => (v: unknown) => (typeof v === 'number' ? schrijf(v) : '–');

/**
 * Closed requests per week (bars) and the share within the norm (line). The picture is for
 * the eye; `beschrijving` points to the table with the same figures for everyone else.
 */
export function Trendgrafiek({
  punten,
  label,
  beschrijving,
}: {
  punten: Weekpunt[];
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
      legend: { top: 0, itemGap: 32, data: ['Gesloten', 'Binnen de norm'], textStyle: { color: tekst } },
      grid: { left: 48, right: 56, bottom: 32, top: 64 },
      xAxis: {
        type: 'category',
        data: punten.map((p) => p.label),
        axisLabel: { color: tekst },
      },
      yAxis: [
        {
          type: 'value',
          name: 'Gesloten',
          minInterval: 1,
          axisLabel: { color: tekst, formatter: aantalLabel },
          nameTextStyle: { color: tekst },
        },
        {
          type: 'value',
          name: 'Binnen de norm',
          min: 0,
          max: 100,
          axisLabel: { color: tekst, formatter: procentLabel },
          nameTextStyle: { color: tekst },
        },
      ],
      series: [
        {
          name: 'Gesloten',
          type: 'bar',
          data: punten.map((p) => p.gesloten),
          tooltip: { valueFormatter: waarde(aantalLabel) },
          itemStyle: { color: '#00506e' },
        },
        {
          name: 'Binnen de norm',
          type: 'line',
          yAxisIndex: 1,
          connectNulls: false,
          data: punten.map((p) => (p.aandeel === null ? null : Math.round(p.aandeel * 1000) / 10)),
          tooltip: { valueFormatter: waarde(procentLabel) },
          itemStyle: { color: '#b35c00' },
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
  }, [punten]);
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
