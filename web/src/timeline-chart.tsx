/**
 * A person's posts and meetings over time: one bar per post from the first to the last article that
 * shows it (an acting post pale with a dashed edge, a dashed tail to the article that calls it former), the meetings
 * as points on their own row, and a cursor at the date the page is about. Clicking the chart moves
 * the cursor; clicking a meeting opens it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EChartsType } from 'echarts/core';
import type { CustomSeriesRenderItem, EChartsCoreOption } from 'echarts';

export interface TimelinePost {
  label: string;
  firstSeen: string;
  lastSeen: string;
  endedBy: string | null;
  /** What ended it by `endedBy`: an article calling it former, or its body ceasing (2025 reorganization). */
  endBasis: 'FORMER' | 'BODY_CEASED' | null;
  acting: boolean;
}

/** "called former on 2023-05-02", or "body ceased on 2025-07-01" when its body ended in the 2025 reorganization. */
const endWords = (p: TimelinePost): string => `${p.endBasis === 'BODY_CEASED' ? 'body ceased on' : 'called former on'} ${p.endedBy}`;

export interface TimelineMeeting {
  id: string;
  date: string;
  title: string;
  role: 'CHAIR' | 'SPEAKER' | 'ATTENDEE';
}

interface Props {
  posts: TimelinePost[];
  meetings: TimelineMeeting[];
  cursor: string;
  onPickDate: (date: string) => void;
  onOpenMeeting: (id: string) => void;
}

const DAY = 86_400_000;
const MEETINGS_ROW = 'Meetings';
const COLORS = { post: '#2f5d8a', acting: '#8fb3d6', former: '#8a8f98', cursor: '#c2410c', meeting: '#1f2933' };
const ROLE_SYMBOL = { CHAIR: 'diamond', SPEAKER: 'triangle', ATTENDEE: 'circle' } as const;
const ROLE_WORD = { CHAIR: 'chaired', SPEAKER: 'spoke at', ATTENDEE: 'attended' } as const;

const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);
const escapeHtml = (text: string) => text.replace(/[&<>"]/gu, (c) => `&#${c.charCodeAt(0)};`);

/** The time axis spans every date shown and the cursor, with some air on both sides. */
function span(props: Props): [number, number] {
  const times = [ms(props.cursor), ...props.posts.flatMap((p) => [ms(p.firstSeen), ms(p.endedBy ?? p.lastSeen)]), ...props.meetings.map((m) => ms(m.date))];
  const min = Math.min(...times);
  const max = Math.max(...times);
  const air = Math.max((max - min) * 0.08, 120 * DAY);
  return [min - air, max + air];
}

const renderPost: CustomSeriesRenderItem = (_params, api) => {
  const row = api.value(0) as number;
  const [x0, y] = api.coord([api.value(1), row]) as [number, number];
  const [x1] = api.coord([api.value(2), row]) as [number, number];
  const ended = api.value(3) as number;
  const acting = api.value(4) === 1;
  const height = Math.min(18, (api.size?.([0, 1]) as number[])[1]! * 0.5);
  const width = Math.max(x1 - x0, 8);
  const children: object[] = [
    {
      type: 'rect',
      shape: { x: x0 - (width === 8 ? 4 : 0), y: y - height / 2, width, height, r: 3 },
      style: acting ? { fill: COLORS.acting, stroke: COLORS.post, lineWidth: 1, lineDash: [3, 2] } : { fill: COLORS.post },
    },
  ];
  if (ended > 0) {
    const [xe] = api.coord([ended, row]) as [number, number];
    children.push(
      { type: 'line', shape: { x1: x0 + width, y1: y, x2: xe, y2: y }, style: { stroke: COLORS.former, lineWidth: 2, lineDash: [4, 3] } },
      { type: 'line', shape: { x1: xe, y1: y - height / 2, x2: xe, y2: y + height / 2 }, style: { stroke: COLORS.former, lineWidth: 2 } },
    );
  }
  return { type: 'group', children } as ReturnType<CustomSeriesRenderItem>;
};

function option(props: Props, width: number): EChartsCoreOption {
  const rows = [...props.posts.map((p) => p.label), MEETINGS_ROW];
  const [min, max] = span(props);
  return {
    animation: false,
    aria: { enabled: true, label: { description: describe(props) } },
    grid: { left: 8, right: 16, top: 28, bottom: 28, containLabel: true },
    tooltip: { trigger: 'item', confine: true },
    xAxis: {
      type: 'time',
      min,
      max,
      splitLine: { show: true, lineStyle: { color: '#eef0f3' } },
      axisLabel: { hideOverlap: true, color: '#52606d', formatter: { year: '{yyyy}', month: "{MMM} '{yy}", day: '{d} {MMM}' } },
    },
    yAxis: {
      type: 'category',
      data: rows,
      inverse: true,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { interval: 0, width: Math.min(240, Math.round(width * 0.36)), overflow: 'break', lineHeight: 14, color: '#1f2933', fontSize: 12 },
    },
    series: [
      {
        type: 'custom',
        name: 'Posts',
        renderItem: renderPost,
        encode: { x: [1, 2], y: 0 },
        data: props.posts.map((p, i) => ({
          name: p.label,
          value: [i, ms(p.firstSeen), ms(p.lastSeen), p.endedBy ? ms(p.endedBy) : 0, p.acting ? 1 : 0],
        })),
        tooltip: {
          formatter: ({ dataIndex }: { dataIndex: number }) => {
            const p = props.posts[dataIndex]!;
            return `<b>${escapeHtml(p.label)}</b><br>seen ${p.firstSeen} – ${p.lastSeen}${p.acting ? '<br>acting' : ''}${p.endedBy ? `<br>${endWords(p)}` : ''}`;
          },
        },
      },
      {
        type: 'scatter',
        name: 'Meetings',
        symbolSize: 12,
        itemStyle: { color: COLORS.meeting },
        cursor: 'pointer',
        data: props.meetings.map((m) => ({ name: `${m.date} ${m.title}`, value: [ms(m.date), MEETINGS_ROW], symbol: ROLE_SYMBOL[m.role], id: m.id })),
        tooltip: {
          formatter: ({ dataIndex }: { dataIndex: number }) => {
            const m = props.meetings[dataIndex]!;
            return `<b>${m.date}</b> ${ROLE_WORD[m.role]}<br>${escapeHtml(m.title)}`;
          },
        },
        markLine: {
          silent: true,
          symbol: 'none',
          animation: false,
          lineStyle: { color: COLORS.cursor, width: 2, type: 'solid' },
          label: { formatter: props.cursor, position: 'start', color: COLORS.cursor, fontWeight: 'bold' },
          data: [{ xAxis: ms(props.cursor) }],
        },
      },
    ],
  };
}

/** What the chart shows, for screen readers (and for the tests, which read it the same way). */
function describe(props: Props): string {
  const posts = props.posts.map((p) => `${p.label}${p.acting ? ' (acting)' : ''}, seen ${p.firstSeen} to ${p.lastSeen}${p.endedBy ? (p.endBasis === 'BODY_CEASED' ? `, body ceased ${p.endedBy}` : `, former by ${p.endedBy}`) : ''}`);
  const meetings = props.meetings.map((m) => `${m.date}: ${ROLE_WORD[m.role]} ${m.title}`);
  return `Timeline. Posts: ${posts.join('; ') || 'none'}. Meetings: ${meetings.join('; ') || 'none'}. Cursor at ${props.cursor}.`;
}

export function TimelineChart(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [failed, setFailed] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    import('./echarts.ts').then(
      ({ echarts }) => {
        if (disposed || !container.current) return;
        const instance = echarts.init(container.current, null, { renderer: 'svg' });
        chart.current = instance;
        instance.getZr().on('click', (event) => {
          if (event.target) return;
          const [time] = instance.convertFromPixel({ gridIndex: 0 }, [event.offsetX, event.offsetY]) as number[];
          if (Number.isFinite(time)) latest.current.onPickDate(isoDate(time!));
        });
        instance.on('click', { seriesName: 'Meetings' }, (event) => {
          const meeting = latest.current.meetings[event.dataIndex];
          if (meeting) latest.current.onOpenMeeting(meeting.id);
        });
        observer = new ResizeObserver(() => {
          instance.resize();
          instance.setOption(option(latest.current, container.current?.clientWidth ?? 600));
        });
        observer.observe(container.current);
        setReady(true);
      },
      (error: unknown) => setFailed(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option(props, container.current?.clientWidth ?? 600), { notMerge: true });
  }, [ready, props.posts, props.meetings, props.cursor]);

  const height = 64 + 48 * (props.posts.length + 1);
  return (
    <div class="chart-frame">
      {failed && (
        <p class="state state-error" role="alert">
          The chart could not be loaded ({failed}); the posts and meetings are listed below.
        </p>
      )}
      {!ready && !failed && <p class="state state-loading chart-loading">Drawing the timeline…</p>}
      <div class="chart" ref={container} style={{ height: `${height}px` }} data-testid="timeline-chart" />
    </div>
  );
}
