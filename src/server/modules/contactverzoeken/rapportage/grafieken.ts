import * as echarts from 'echarts';
import { label } from '../../../../shared/labels';
import { getal, procent as nlProcent } from '../../../../shared/nl';
import type { Resultaat } from '../waarden';
import type { RapportCijfers } from './rapportcijfers';

export const GRAFIEK = { breedte: 500, hoogte: 260 };
export interface Grafiek {
  svg: string;
  hoogte: number;
  /** What the chart shows, in words: the figure's alternative text in the PDF. */
  beschrijving: string;
}
const KLEUREN = ['#01689b', '#8fcae7', '#39870c', '#d52b1e', '#e17000'];
const tekst = { fontFamily: 'Helvetica', fontSize: 10, color: '#1a1a1a' };

/** An ECharts option rendered on the server as SVG, for the PDF. */
function alsSvg(option: echarts.EChartsOption, beschrijving: string, hoogte = GRAFIEK.hoogte): Grafiek {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: GRAFIEK.breedte,
    height: hoogte,
  });
  try {
    chart.setOption({ animation: false, color: KLEUREN, textStyle: tekst, ...option });
    return { svg: chart.renderToSVGString(), hoogte, beschrijving };
  } finally {
    chart.dispose();
  }
}

/** Shares are drawn as 0..100 and labelled the Dutch way: "77,4 %". */
const procent = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 10);
const procentLabel = (v: number) => nlProcent(v / 100);
const aantalLabel = (v: number) => getal(v, 0);
const kort = (datum: string) => `${datum.slice(8, 10)}-${datum.slice(5, 7)}`;

/** Received and closed per day as bars, the share closed within the norm as a line. */
export function grafiekPerDag(c: RapportCijfers): Grafiek {
  return alsSvg(
    {
      title: { text: 'Ontvangen en afgehandeld per dag', textStyle: { ...tekst, fontSize: 12 } },
      legend: { bottom: 0, textStyle: tekst },
      grid: { left: 40, right: 45, top: 55, bottom: 45 },
      xAxis: { type: 'category', data: c.perDag.map((d) => kort(d.datum)), axisLabel: tekst },
      yAxis: [
        { type: 'value', name: 'aantal', axisLabel: { ...tekst, formatter: aantalLabel } },
        {
          type: 'value',
          name: 'binnen norm',
          min: 0,
          max: 100,
          axisLabel: { ...tekst, formatter: procentLabel },
        },
      ],
      series: [
        { name: 'Ontvangen', type: 'bar', data: c.perDag.map((d) => d.ontvangen) },
        { name: 'Afgehandeld', type: 'bar', data: c.perDag.map((d) => d.gesloten) },
        {
          name: 'Binnen norm',
          type: 'line',
          yAxisIndex: 1,
          connectNulls: true,
          data: c.perDag.map((d) => procent(d.gesloten ? d.binnenNorm / d.gesloten : null)),
        },
      ],
    },
    'Grafiek: ontvangen en afgehandelde contactverzoeken per dag als staven, het aandeel binnen de norm als lijn.',
  );
}

/** For the organisation: the share within the norm per team; for a team: its results. */
export function grafiekVerdeling(c: RapportCijfers): Grafiek {
  const perTeam = c.teamId === null;
  const labels = perTeam
    ? c.perTeam.map((t) => t.teamNaam)
    : Object.keys(c.resultaten).map((r) => label('resultaat', r as Resultaat));
  const waarden = perTeam ? c.perTeam.map((t) => procent(t.aandeelBinnenNorm)) : Object.values(c.resultaten);
  return alsSvg(
    {
      title: {
        text: perTeam ? 'Binnen norm per team' : 'Resultaten van afgehandelde verzoeken',
        textStyle: { ...tekst, fontSize: 12 },
      },
      grid: { left: 120, right: 30, top: 35, bottom: 25 },
      xAxis: {
        type: 'value',
        axisLabel: { ...tekst, formatter: perTeam ? procentLabel : aantalLabel },
        ...(perTeam ? { min: 0, max: 100 } : {}),
      },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: tekst },
      series: [
        {
          name: perTeam ? 'Binnen norm' : 'Aantal',
          type: 'bar',
          data: waarden,
          label: {
            show: true,
            position: 'right',
            ...tekst,
            formatter: ({ value }: { value: unknown }) =>
              typeof value !== 'number' ? '–' : perTeam ? procentLabel(value) : aantalLabel(value),
          },
        },
      ],
    },
    perTeam
      ? 'Grafiek: het aandeel contactverzoeken dat binnen de norm is afgehandeld, per team.'
      : 'Grafiek: de resultaten van de afgehandelde contactverzoeken.',
    Math.max(GRAFIEK.hoogte, 60 + 18 * labels.length),
  );
}
