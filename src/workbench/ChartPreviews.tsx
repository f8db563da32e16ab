/** Previews of the active sheet's charts, drawn with chart.js from each chart's source range. */
import { useEffect, useRef } from 'react';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { ChartModel, Workbook } from '../simulator/model';
import { chartPreviewData, type ChartPreviewData } from './chartData';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  PieController,
  DoughnutController,
  ScatterController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Filler,
  Legend,
  Title,
  Tooltip,
);

/** Office's default series colours. */
const PALETTE = ['#4472c4', '#ed7d31', '#a5a5a5', '#ffc000', '#5b9bd5', '#70ad47', '#264478', '#9e480e'];

function configOf(data: ChartPreviewData): ChartConfiguration {
  const round = data.kind === 'pie' || data.kind === 'doughnut';
  const type = round ? data.kind : data.kind === 'bar' || data.kind === 'column' ? 'bar' : data.kind === 'scatter' ? 'scatter' : 'line';
  return {
    type,
    data: {
      labels: data.categories,
      datasets: data.series.map((s, i) => ({
        ...(s.kind && s.kind !== data.kind ? { type: s.kind === 'column' || s.kind === 'bar' ? 'bar' : 'line' } : {}),
        ...(s.secondary ? { yAxisID: 'y2' } : {}),
        label: s.name,
        data: s.values,
        backgroundColor: round ? data.categories.map((_, j) => PALETTE[j % PALETTE.length] ?? '#888') : (PALETTE[i % PALETTE.length] ?? '#888'),
        borderColor: round ? '#fff' : (PALETTE[i % PALETTE.length] ?? '#888'),
        fill: data.kind === 'area',
        pointRadius: data.kind === 'line' ? 2 : undefined,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: data.kind === 'bar' ? 'y' : 'x',
      plugins: {
        title: { display: !!data.title, text: data.title },
        legend: { display: round || data.series.length > 1, position: 'bottom', labels: { boxWidth: 10, font: { size: 10 } } },
      },
      scales: round
        ? {}
        : {
            x: { stacked: data.stacked, ticks: { font: { size: 10 } } },
            y: { stacked: data.stacked, ticks: { font: { size: 10 } } },
            ...(data.series.some((s) => s.secondary) ? { y2: { position: 'right', grid: { drawOnChartArea: false }, ticks: { font: { size: 10 } } } } : {}),
          },
    },
  } as ChartConfiguration;
}

function ChartCard({ workbook, chart, version }: { workbook: Workbook; chart: ChartModel; version: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const instance = new Chart(canvas.current, configOf(chartPreviewData(workbook, chart)));
    return () => instance.destroy();
  }, [workbook, chart, version]);
  return (
    <figure className="wb-chart" data-testid="chart-preview" aria-label={chart.name}>
      <div className="wb-chart-canvas">
        <canvas ref={canvas} />
      </div>
      <figcaption>{chart.name}</figcaption>
    </figure>
  );
}

export function ChartPreviews({ workbook, sheetId, version }: { workbook: Workbook; sheetId: string; version: number }) {
  const charts = workbook.charts.filter((c) => c.sheetId === sheetId);
  if (charts.length === 0) return null;
  return (
    <section className="wb-charts" aria-label="Charts">
      {charts.map((chart) => (
        <ChartCard key={chart.id} workbook={workbook} chart={chart} version={version} />
      ))}
    </section>
  );
}
