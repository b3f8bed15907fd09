/**
 * Only the parts of Apache ECharts the timeline uses, drawn as SVG (crisp on any screen, and its
 * text is real text). Loaded on demand: the rest of the page does not wait for it.
 */
import { CustomChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([CustomChart, ScatterChart, AriaComponent, GridComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export { echarts };
