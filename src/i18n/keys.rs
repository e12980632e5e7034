//! Every fixed string of the page, one typed key per string, both languages side by side: a
//! missing translation does not compile.

use super::lang::Lang;

macro_rules! keys {
    ($( $key:ident => $zh:literal, $en:literal; )*) => {
        /// Every fixed string of the page.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $( $key, )* }

        impl Key {
            pub const ALL: &'static [Key] = &[ $( Key::$key, )* ];
        }

        /// The string for `key` in `lang`.
        pub fn t(lang: Lang, key: Key) -> &'static str {
            match key { $( Key::$key => lang.pick($zh, $en), )* }
        }
    };
}

keys! {
    Title => "推客值不值？微信小店推客收益测算", "Is being a WeChat Shop affiliate worth it? An earnings calculator";
    AppName => "推客值不值？", "Worth being a WeChat Shop affiliate?";
    Tagline => "微信小店推客收益测算：你能赚多少、花多少时间、送给达人直播间多少流量。",
        "WeChat Shop affiliate (推客) calculator: what you earn, the hours it takes, and the traffic you hand to streamers.";
    LangSwitch => "English", "中文";
    BootLinkLoading => "正在打开链接里的测算，下面暂时是默认例子的结果…", "Opening the calculation in your link; the figures below are the default example's for now…";
    BootFailed => "计算器没能启动：请刷新页面再试。", "The calculator could not start: please reload the page.";
    BootNeedsWasm => "这是默认例子（800 个好友转发达人直播间）的结果。要改成你自己的数字，需要支持 WebAssembly 的浏览器（例如新版微信、Chrome、Safari）。", "These are the default example's figures (800 friends forwarding live rooms). To put in your own numbers you need a browser that runs WebAssembly (a recent WeChat, Chrome or Safari).";
    LangSwitchLabel => "Switch to English", "切换到中文";
    YourSituation => "你的情况", "Your situation";
    Channel => "渠道", "Channel";
    ChannelHelp => "你打算怎么用自己的好友和群赚钱？", "How do you plan to put your friends and groups to work?";
    Advanced => "高级假设", "Advanced assumptions";
    AdvancedHelp => "每个假设都可以改；括号里说明默认值来自哪里（引用、推算或估计）。", "Every assumption can be changed; each says where its default comes from (sourced, derived or an estimate).";
    Default => "默认", "Default";
    Range => "范围", "Range";
    Results => "测算结果", "Results";
    Verdict => "结论", "Verdict";
    BestChannelMark => "最适合你", "Best for you";
    Refining => "正在计算区间…", "Computing ranges…";
    RangeNote => "区间为 P10–P90（十次里有八次落在其中）", "Ranges are P10–P90 (eight times in ten it lands inside)";
    NetAccrued => "净收益（已赚）", "Net earned (accrued)";
    Cash => "已到账", "Cash received";
    Pending => "待结算", "Pending settlement";
    Hours => "投入时间", "Hours spent";
    PerHour => "每小时净收益", "Net per hour";
    YourHourlyValue => "你的时间值", "Your time is worth";
    Orders => "成交单数", "Orders";
    VisitsDonated => "送给达人直播间的访问", "Visits donated to streamers' live rooms";
    FollowersDonated => "被达人带走的好友", "Friends who now follow the streamer";
    DonatedGmv => "他们以后在达人那里花的钱", "What they later spend at the streamer's, without you";
    DonationRatio => "每赚 1 元，送出", "For every ¥1 you earn, you give away";
    ProbPositive => "赚到钱的概率", "Chance of any profit";
    ProbBeatsHourly => "时薪达标的概率", "Chance of beating your hourly value";
    Flags => "合规提醒", "Compliance warnings";
    HeadlineTitle => "赚到的 vs 送出去的", "What you earn vs what you give away";
    HeadlineHelp => "上：你累计的净收益（阴影为 P10–P90）和你送给达人的流量为达人带来的成交折合的佣金，同样以元计，两者之比就是“每赚 1 元送出多少”。下：送出的访问（次）和被达人带走的好友（人）。", "Top: your cumulative net (shaded: P10–P90) and the commission-equivalent of the sales your donated traffic makes for the streamer, both in yuan; their ratio is what you give away per ¥1 earned. Below: the visits you send the streamer and the friends who now follow them.";
    CompareTitle => "六种做法对比（同一个你）", "All six channels for the same person";
    ColChannel => "渠道", "Channel";
    ColNet => "净收益", "Net";
    ColPerHour => "每小时", "Per hour";
    ColDonated => "送出访问 / 好友", "Visits / friends donated";
    ColWeek => "周", "Week";
    ColCumNet => "累计净收益", "Cumulative net";
    ColCumVisits => "累计送出访问", "Cumulative visits donated";
    ColFollowers => "被达人带走的好友（累计）", "Friends following the streamer (to date)";
    ColInput => "假设", "Assumption";
    ColLow => "取低值时", "At low";
    ColHigh => "取高值时", "At high";
    ColNow => "现在入局", "Enter now";
    ColLater => "晚入局", "Enter later";
    ColP10 => "P10（低）", "P10 (low)";
    ColP90 => "P90（高）", "P90 (high)";
    TornadoTitle => "哪个假设决定结果", "What decides the result";
    TornadoHelp => "每个假设取低值和高值时，测算期净收益的变化（其他假设不变）。", "Change in net over the horizon when each assumption is at its low and its high (all else unchanged).";
    BreakEvenTitle => "要达到你的时薪，需要什么成立", "What would have to be true to reach your hourly value";
    EntryTitle => "现在入局还是慢半拍", "Enter now or wait a beat (慢半拍)";
    EntryHelp => "同一个测算期内，按计划入局和晚 26 周入局的累计净收益；图例里是各自的每小时净收益。", "Cumulative net over the same horizon entering as planned and 26 weeks later; the legend gives each one's net per hour.";
    MathTitle => "计算过程（显示算式）", "Show the math";
    MathHelp => "模型按周计算；下面是当前输入代入后的每一步，以及每张图的数据表。", "The model steps week by week; here is each step with your inputs, and every chart as a data table.";
    TableWeekly => "每周数据（所选渠道）", "Weekly figures (chosen channel)";
    TableTornado => "敏感性数据表", "Sensitivity table";
    TableEntry => "入局时机数据表", "Entry timing table";
    CompareCalibrating => "正在按各自的试用结果校准这些方案…", "Calibrating these scenarios with their trial results…";
    Calibrating => "正在按你的试用结果校准，下面暂时是上一次的结果…", "Calibrating with your trial results; the figures below are the previous ones for now…";
    FixErrors => "有输入需要修改，下面仍显示上一次有效输入的结果。", "Some inputs need fixing; the results below are from your last valid inputs.";
    Reset => "恢复默认", "Reset to defaults";
    Presets => "常见情况", "Presets";
    Footer => "全部计算在你的浏览器里完成，不上传任何数据。模型依据《微信小店的推客值得入局吗？》（互联网怪盗团，2025）。",
        "Everything is computed in your browser; nothing is uploaded. The model follows “微信小店的推客值得入局吗？” (互联网怪盗团, 2025).";
    GroupAudience => "受众与转发", "Audience and posting";
    GroupFunnel => "转化漏斗", "Funnel";
    GroupMoney => "价格与佣金", "Prices and commission";
    GroupAttribution => "复购与归属", "Repeats and attribution";
    GroupDonation => "送给达人的流量", "Traffic donated to streamers";
    GroupMaturity => "平台成熟度与入局时机", "Platform maturity and timing";
    GroupNetwork => "分销团队", "Distribution network";
    GroupCosts => "成本", "Costs";
    GroupTime => "时间与测算期", "Time and horizon";
    GroupSimulation => "模拟设置", "Simulation settings";
    GroupTrial => "试过再算", "Your trial so far";
    TrialTitle => "试过再算", "Your trial so far";
    TrialHelp => "已经试过一两周？把推客后台看到的数字填进来：测算就按你自己的结果重算（不填就按估计算）。", "Tried it for a week or two? Enter what the affiliate backend shows, and the numbers are worked out again from your own results (leave it empty to use the estimates).";
    ClearTrial => "清空试用数据", "Clear the trial";
    MovedTitle => "变化最大的假设", "The assumptions that moved most";
    WhatItTakesTitle => "要达到多少", "What it would take";
    WhatItTakesHelp => "每一项单独改到多少，就能达到目标（其他不变）。", "How far each lever alone would have to go to reach the goal (all else as it is).";
    PrintPage => "打印", "Print";
    PresentOpen => "演示模式", "Present";
    Reachable => "可触达", "reachable";
    ScanOpenScenario => "扫码打开这个测算", "Scan to open this scenario";
    PutOwnReachChannel => "改成你自己的好友数、渠道和佣金，看看值不值。", "Put in your own reach, channel and commission to see if it is worth it.";
    LinkTooLongForQr => "这组数字的链接太长，无法生成二维码；请用「复制链接」分享。", "This scenario's link is too long for a QR code; share it with Copy link.";
    ModelEstimatesReferenceOnly => "数字来自模型估算，仅供参考 · 推客值不值？", "Model estimates, for reference only · Worth being a WeChat Shop affiliate?";
    ShareCard => "分享海报", "Share card";
    Close => "关闭", "Close";
    LongPressPictureSave => "长按图片保存或发送给朋友；电脑上点「下载图片」。", "Long-press the picture to save or send it; on a computer, use Download.";
    ShareCardVerdictKey => "分享海报：结论、关键数字、收益与流量图和二维码", "Share card: verdict, key figures, the headline chart and a QR code";
    DownloadPicture => "下载图片", "Download picture";
    CouldNotDrawPicture => "无法生成图片（浏览器不支持画布）。", "Could not draw the picture (no canvas support).";
    Copied => "已复制", "Copied";
    CouldNotCopyAutomatically => "无法自动复制：链接已选中，请长按复制", "Could not copy automatically: the text is selected, long-press to copy";
    PanelInputs => "输入", "Inputs";
    PanelSummary => "关键数字", "Key figures";
    PanelChart => "收益与流量图", "Headline chart";
    PanelCompare => "渠道对比", "Channel comparison";
    PanelSensitivity => "敏感性", "Sensitivity";
    PanelEntry => "入局时机", "Entry timing";
    PanelMath => "计算过程", "The math";
    CopyCode => "复制代码", "Copy code";
    EmbedCode => "嵌入代码", "Embed code";
    PasteCodeIntoWeb => "把下面的代码粘贴到你的网页或博客里，读者看到的就是你现在这组数字。公众号文章不支持 iframe，请用「分享海报」。", "Paste this code into your web page or blog: readers see exactly this scenario. WeChat articles cannot hold an iframe: use the share card instead.";
    Options => "显示选项", "Options";
    Theme => "配色", "Theme";
    FollowSystem => "跟随系统", "Follow the system";
    Light => "浅色", "Light";
    Dark => "深色", "Dark";
    ShowTitle => "显示标题", "Show the title";
    FixedChannelReadersCannot => "固定渠道（读者不能切换）", "Fixed channel (readers cannot switch)";
    WhichPanelsShow => "还要显示", "Also show";
    EmbedShowsByDefault => "默认只有文章需要的：人数、渠道、佣金，结论和第一条理由，收益图，完整计算器的链接。还要显示：", "By default what an article needs: reach, channel, commission, the verdict and its first reason, the chart, a link to the full calculator. Also show:";
    SelfSizingRecommendedIframe => "自适应高度（推荐）：iframe 和一小段脚本，高度随内容变化，接近屏幕时才加载", "Self-sizing (recommended): an iframe and a small script; the height follows the content and it loads when it nears the screen";
    FixedHeightPx => "固定高度（像素）", "Fixed height (px)";
    EmbedHeightError => "请输入 200 到 20,000 之间的整数（像素）；代码里仍是上一次的有效高度。", "Enter a whole number from 200 to 20,000 (px); the code keeps the last valid height.";
    FixedHeightIframeAlone => "固定高度：只有 iframe，适合不允许脚本的平台", "Fixed height: the iframe alone, for platforms that allow no script";
    Dismiss => "知道了", "Dismiss";
    NotUpdated => "未更新：先改正标红的输入", "Not updated: fix the input marked in red";
    SeeReasons => "看理由和图表", "Reasons and charts";
    YourAnswer => "你的答案", "Your answer";
    OpenFullCalculator => "打开完整计算器 ↗", "Open the full calculator ↗";
    CopyLink => "复制链接", "Copy link";
    ScenarioLinkLabel => "这个测算的链接（打开后数字完全相同）", "This scenario's link (opens with exactly these numbers)";
    EmbedOpen => "嵌入代码", "Embed";
    TooManySavedScenarios => "已保存的方案太多了（最多 50 个），请先删除一些。", "Too many saved scenarios (50 at most): delete some first.";
    CouldNotDownloadFile => "无法下载文件。", "Could not download the file.";
    CouldNotReadFile => "无法读取这个文件。", "Could not read this file.";
    BrowserDoesNotAllow => "这个浏览器不允许本地保存（可能是无痕模式，或在别的网页里打开）：方案没有保存。可以用「复制链接」或「导出 JSON」保存。", "This browser does not allow local storage (private mode, or opened inside another page): nothing was saved. Use Copy link or Export JSON instead.";
    SavingFailedBrowserStorage => "保存失败（浏览器存储已满或被禁止）：方案没有保存。", "Saving failed (browser storage full or blocked): nothing was saved.";
    MyScenarios => "我的方案", "My scenarios";
    ScenarioName => "方案名称", "Scenario name";
    Save => "保存", "Save";
    Load => "载入", "Load";
    Delete => "删除", "Delete";
    NoSavedScenariosYet => "还没有保存的方案。方案只保存在这个浏览器里。", "No saved scenarios yet. They are kept in this browser only.";
    ExportImport => "导出 / 导入", "Export / import";
    ExportWeeklyTableCSV => "导出每周明细 CSV", "Export weekly table (CSV)";
    ExportInputsJSON => "导出输入 JSON", "Export inputs (JSON)";
    ImportJSON => "导入 JSON", "Import JSON";
    Imported => "已导入。", "Imported.";
    TheseValuesCouldNot => "以下内容无法使用，已改用默认值：", "These values could not be used; the defaults were kept:";
    CompareScenariosUp3 => "方案对比（最多 3 个）", "Compare scenarios (up to 3)";
    PinScenario => "＋ 加入当前方案", "+ Pin this scenario";
    SamePersonThreeChannels => "同一个人 · 三个渠道", "Same person · three channels";
    EnterNowVsLater => "现在入局 vs 慢半拍", "Enter now vs later";
    Clear => "清空", "Clear";
    NothingPinnedYetPin => "还没有方案。把当前方案加入对比，或一键比较三个渠道、现在与晚入局。", "Nothing pinned yet. Pin the current scenario, or compare three channels or now against later in one tap.";
    Item => "项目", "Item";
    RemoveScenario => "移除这个方案", "Remove this scenario";
    CumulativeNetEachScenario => "各方案累计净收益叠加对比", "Cumulative net of each scenario, overlaid";
    Stage1Title => "1 淘宝客为什么跑得通", "1 Why Taobao affiliates work";
    Stage2Title => "2 社交电商团长", "2 Social-commerce group leaders";
    Stage3Title => "3 快团团帮卖", "3 Kuaituantuan resellers";
    Stage4Title => "4 微信小店推客今天", "4 WeChat Shop affiliates today";
    Stage1Claim => "淘宝以搜索为主：商家用定向券和佣金换销量，再换搜索反哺；用户到手真便宜，品牌货不用种草，官方店有保障。（文章§1）", "Taobao runs on search: merchants trade targeted coupons and commission for sales and search traffic; buyers really save, brands need no persuasion, official stores are trusted. (article §1)";
    Stage2Claim => "能卖货的团长不到10%，90%靠自购；多级分佣让拉人有利可图，盘子慢慢滚起来。（文章§2）", "Fewer than 10% of leaders sell; 90% only buy for themselves, and multi-level overrides make recruiting pay. (article §2)";
    Stage3Claim => "团长自带私域流量，资金立马到账，没有平台抽成所以佣金高；但货品缺乏监管，2024年起逐渐凋落。（文章§3）", "Leaders bring their own traffic, money arrives at once and commission is high with no platform cut; but goods go unregulated, and it has declined since 2024. (article §3)";
    Stage4Claim => "微信小店没有中心化搜索，就没有反哺，商家凭什么给中小推客定向破价？转发达人直播间，就把自己的流量送给了达人。（文章§4）", "WeChat Shop has no central search, so no reward traffic and no targeted discounts for small affiliates; forwarding a streamer's live room gives your friends to the streamer. (article §4)";
    BuyerSavesPerOrder => "买家每单省", "Buyer saves per order";
    TeamMembers => "团队人数", "Team members";
    TeamGMVThatSelf => "团队成交中自购占比", "Team GMV that is self-purchase";
    Overrides => "团队提成", "Overrides";
    CommissionShort => "佣金率", "Commission";
    ConversionTrendMonth => "每月转化变化", "Conversion trend / month";
    ProblemGoods => "问题货占比", "Problem goods";
    ScanOpenScenarioPhone => "扫码在手机上打开这个测算", "Scan to open this scenario on your phone";
    ScanTryOwnNumbers => "扫码，用你自己的数字试试", "Scan and try your own numbers";
    Stages => "演示步骤", "Stages";
    InputsLockedUnlock => "输入已锁定 · 点此解锁", "Inputs locked · unlock";
    LockInputs => "锁定输入", "Lock inputs";
    ExitEsc => "退出演示 (Esc)", "Exit (Esc)";
    ReachShort => "可触达人数", "Reach";
    HorizonShort => "测算周期", "Horizon";
    Back => "← 上一步", "← Back";
    Next => "下一步 →", "Next →";
    ChartCumulativeNet => "累计净收益", "cumulative net";
    ChartVisitsDonated => "送出访问", "visits donated";
    ChartBand => "P10–P90 区间", "P10–P90 range";
    ChartNoTraffic => "这个渠道不把访问和粉丝送给达人", "this channel gives no visits or friends away";
    ChartNetYuan => "累计净收益（元）", "cumulative net (yuan)";
    ChartWeek => "周", "week";
    ChartNoUncertain => "没有不确定的输入", "no uncertain inputs";
    ChartAtLow => "假设取低值", "assumption at low";
    ChartAtHigh => "假设取高值", "assumption at high";
    ChartChangeNet => "净收益变化（元，测算期合计）", "change in net (yuan, whole horizon)";
    ChartDonatedCommission => "送出的成交折合佣金", "commission-equivalent given away";
    ChartYuanCumulative => "元（累计）", "yuan (cumulative)";
    ChartVisitsTitle => "送出给达人的访问（次，累计）", "visits given to the streamer (cumulative)";
    CompareReach => "可触达人数", "Reach";
    CompareCommission => "佣金率", "Commission";
    CompareDelay => "推迟入局", "Entry delay";
    CompareNet => "净收益（测算期合计）", "Net (whole horizon)";
    ComparePerHour => "每小时净收益", "Net per hour";
    CompareHours => "投入时间（测算期合计）", "Hours (whole horizon)";
    CompareVisits => "送出访问（次）", "Visits donated";
    CompareFollowers => "被达人带走的好友", "Friends now following the streamer";
    CompareRatio => "每赚 1 元，送出", "Given away per ¥1 earned";
    ColCumDonatedCommission => "送出的成交折合佣金（累计）", "Commission-equivalent given away (cumulative)";
    CsvWeek => "周", "Week";
    CsvAudience => "受众（期末，人）", "Audience at week end (people)";
    CsvImpressions => "曝光（本周）", "Impressions this week";
    CsvClicks => "点击（本周）", "Clicks this week";
    CsvOrders => "订单（本周）", "Orders this week";
    CsvGmv => "成交额（本周，元）", "GMV this week (yuan)";
    CsvCommission => "佣金（本周，元）", "Commission this week (yuan)";
    CsvOverrides => "团队提成（本周，元）", "Team overrides this week (yuan)";
    CsvSavings => "自购省钱（本周，元）", "Self-purchase savings this week (yuan)";
    CsvCosts => "成本（本周，元）", "Costs this week (yuan)";
    CsvNet => "净收益（本周，元）", "Net this week (yuan)";
    CsvCash => "到账（本周，元）", "Cash received this week (yuan)";
    CsvHours => "小时（本周）", "Hours this week";
    CsvVisits => "送出访问（本周）", "Visits donated this week";
    CsvFollowers => "送出粉丝（累计至本周末）", "Followers donated to date (at week end)";
    CsvDonatedGmv => "送出成交额（本周，元）", "Donated GMV this week (yuan)";
}

/// The column heads of the weekly CSV export (`share::export::weekly_csv`), in its order: which
/// columns are per week and which are running totals or stocks.
pub fn csv_header(lang: Lang) -> [&'static str; 16] {
    [
        Key::CsvWeek,
        Key::CsvAudience,
        Key::CsvImpressions,
        Key::CsvClicks,
        Key::CsvOrders,
        Key::CsvGmv,
        Key::CsvCommission,
        Key::CsvOverrides,
        Key::CsvSavings,
        Key::CsvCosts,
        Key::CsvNet,
        Key::CsvCash,
        Key::CsvHours,
        Key::CsvVisits,
        Key::CsvFollowers,
        Key::CsvDonatedGmv,
    ]
    .map(|k| t(lang, k))
}
