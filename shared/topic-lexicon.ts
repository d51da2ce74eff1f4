// The hand-written English keyword lexicon behind automatic topic tagging: news words and
// phrases for every IPTC level-2 topic, plus a few level-1 topics. When you change it, bump
// TOPIC_LEXICON_VERSION in main/tagging/topics.ts so stored tags get recomputed.
//
// Terms are lowercase and comma-separated; a trailing * matches any word starting so
// ("striker*"); a phrase is up to four words. Terms are split into words like article text is,
// so "a-level" and "a level" are the same term. Weights: 3 = nearly unambiguous, 2 = good
// evidence, 1 = a weak hint. The longest phrase wins over the words inside it: "gold medal" is
// sport although "gold" hints at markets. Evidence for a level-2 topic also counts for its
// level-1 parent (each word once per parent, at its heaviest). Mind prefixes that swallow other
// words: "coup*" would match "couple", "sect*" "sector", "crime*" "Crimea".

/** Terms for one topic, by weight. */
export interface TopicTerms {
  readonly 3?: string;
  readonly 2?: string;
  readonly 1?: string;
}

export interface LexiconTerm {
  qcode: string;
  term: string;
  weight: 1 | 2 | 3;
}

export const topicLexicon: Readonly<Record<string, TopicTerms>> = {
  // arts, culture, entertainment and media
  'medtop:01000000': {
    3: `showbiz, showbusiness, entertainment industry, entertainment news`,
    2: `entertainment, arts`,
  },
  // › arts and entertainment
  'medtop:20000002': {
    3: `box office, blockbuster*, screenplay*, screenwriter*, film director*, film festival*,
        film star*, filmmaker*, film-maker*, film*, oscar*, academy award*, bafta*, golden globe*,
        grammy*, emmy*, movie*, cinema*, actor*, actress*, sitcom*, soap opera*, hollywood,
        bollywood, singer*, songwriter*, rapper*, pop star*, rock band*, pop group*, boy band*,
        girl band*, chart-topping, singles chart*, album chart*, album*, record label*, hit single*,
        debut album*, west end, broadway, musical*, choreograph*, ballet*, opera, operas, operatic,
        orchestra*, symphon*, concerto*, comedian*, stand-up, premiere*, sequel*, novelist*,
        bestseller*, playwright*, poet*, poetry, painter*, sculpt*, guitar*, drummer*, bassist*,
        vocalist*, lyrics, concert, concerts, gig, gigs, jazz, hip-hop, classical music,
        soundtrack*, starring, co-star*, best actor, best actress, best film, best picture,
        best director, best supporting, animated film*, stage show*, theatre*, theater*, comedy,
        comedies, music festival*, tv drama*, drama series, talent show*, remake*, biopic*,
        frontman, lead singer*, duet*, dj, djs, pop music, rock music, music industry, music video*,
        art exhibition*, art gallery, songs, song, on stage, lead role*, entertainer*, box set*,
        book prize*, book award*, literary prize*, literary award*, film award*, music award*,
        music prize*, children's book*, children's author*, picture book*, headline act*,
        headliner*, fairy tale*, short stories, short story, crime drama*, crime series,
        crime novel*, crime fiction, crime writer*, crime thriller*, detective series,
        detective novel*, detective drama*, police drama*, cop show*, courtroom drama*,
        legal drama*, medical drama*, hospital drama*, tv show*, television show*, tv series,
        television series, hit series, war film*, war movie*, war drama*, horror film*,
        horror movie*, disaster movie*, disaster film*, spy thriller*, political thriller*,
        political drama*, historical drama*, period drama*, costume drama*, science fiction,
        sci-fi`,
    2: `drama, dramas, documentar*, novel, novels, artist*, painting*, gallery, galleries,
        exhibition*, music*, band, bands, tour dates, charts, festival*, starred, episode*,
        cartoon*, animation, studio*, nominated, nomination*, nominee*, audience*, sang, sings,
        author, authors, writer*, script*, director, directed, musician*, record sales, book, books,
        festival-goers, storyline*, fiction, characters, rock star*, hit show*, chart, singles,
        tracks, remix*, sing, singing, sung, vocals, performer*, audition*, illustrat*, tale,
        tales`,
    1: `show, shows, series, star, stars, hits, hit, cast, role, roles, acting, rock, pop, rap,
        perform*, producer*, screen*, records, stage, category, scene, talent, label, feature,
        release, released, original, love, topped, plays, produced, live, written, categories,
        scenes, releases`,
  },
  // › culture
  'medtop:20000038': {
    3: `cultural heritage, world heritage, folklore, arts council*, literary festival*,
        cultural identity, national gallery, heritage site*, dialect*, cultural tradition*,
        cultural life, literary`,
    2: `heritage, culture, cultural, museum*, monument*, artefact*, antiquit*, literature,
        traditional music, crafts, craftsmen, cuisine, indigenous language*, unesco, library,
        libraries, archaeolog*`,
    1: `tradition, traditions, language*, ancient, customs, history, historic`,
  },
  // › mass media
  'medtop:20000045': {
    3: `broadcaster*, newspaper*, journalis*, tabloid*, columnist*, podcast*, press freedom,
        newsroom*, news anchor*, talk show*, reality tv, reality show*, licence fee,
        media regulator, ofcom, news channel*, tv channel*, tv station*, radio station*,
        tv network*, television network*, tv ratings, viewing figures, broadsheet*, editor-in-chief,
        media mogul*, media group*, press baron*, publishing house*, presenter*, magazine*`,
    2: `broadcast*, editor*, reporter*, radio, channel*, viewers, ratings, publisher*, publishing,
        media, social media, censorship, airwaves, documentary, programme, programmes, satellite tv,
        cable tv, streaming service*, subscribers, audience figures, television, tv, viewer`,
    1: `headline*, column*, advertis*, host, hosts, hosted, hosting, coverage, interview*,
        streaming, press, network*`,
  },

  // crime, law and justice
  'medtop:02000000': {
    2: `justice, criminal justice`,
  },
  // › crime
  'medtop:20000082': {
    3: `murder*, homicide*, robbery, robberies, robber*, burglar*, burglary, burglaries, theft*,
        thief, thieves, stabbed, stabbing*, gunman, gunmen, kidnap*, rape, raped, rapist*,
        fraudster*, money laundering, drug traffick*, drug dealer*, drug smuggl*, organised crime,
        organized crime, mafia, embezzl*, extortion, arson*, manslaughter, criminal*, cybercrime*,
        identity theft, hate crime*, domestic violence, child abuse, sexual abuse, sexual assault*,
        human trafficking, shoplift*, pickpocket*, forgery, gangster*, mugging*, carjack*,
        stolen goods, serial killer*, hit-and-run, knife crime, gun crime, killer*, murderer*,
        racketeering, felony, felonies, defraud*, blackmail*, crime, crimes`,
    2: `fraud*, scam*, stolen, stole, steal, steals, stealing, assault*, abduct*, cocaine, heroin,
        cannabis, smuggl*, gang, gangs, bribe*, bribery, offence*, offender*, counterfeit*,
        trafficking, corruption, shooting, shot dead, vandal*, looted, robbed, body was found,
        ransom*, conspiracy, marijuana`,
    1: `drugs, poach*, attack*, violence, violent, weapon, suspect*, piracy, victim*`,
  },
  // › judiciary
  'medtop:20000106': {
    3: `high court, supreme court, court of appeal, appeal court, crown court, magistrate*, jury,
        juries, juror*, verdict*, acquit*, convict*, jailed, guilty, pleaded, plea, pleas,
        prosecut*, defendant*, lawsuit*, litigation, barrister*, bail, injunction*, judicial,
        judiciary, court case*, class action, courtroom*, trial judge*, sentenced, sentencing,
        life sentence, prison sentence, suspended sentence, retrial, mistrial, cross-examin*,
        judge ruled, court heard, court ruled, court ruling, appeal hearing, parole, pleaded guilty,
        plead guilty, pleads guilty, pleading guilty, pleaded not guilty, pleads not guilty,
        guilty plea*, found guilty, not guilty, jailed for, sentenced to, murder trial, fraud trial,
        criminal charges, criminal case*`,
    2: `court, courts, judge, judges, trial*, sentence*, jail, prison*, sued, sue, suing, testif*,
        testimony, lawyer*, attorney*, solicitor*, tribunal*, legal battle*, imprison*, inmate*,
        custodial, damages, ruling`,
    1: `hearing, appeal, ruled, witness*`,
  },
  // › law
  'medtop:20000121': {
    3: `unlawful*, statute*, legal action, legal challenge*, legal aid, intellectual property,
        loophole*, legally binding, law firm*, legal system, rule of law, case law, legal framework,
        legal advice, legal experts, new law*, under the law, against the law`,
    2: `law, laws, legal, illegal*, copyright*, patent*, legally, lawful, legal costs`,
    1: `contract*, rights, constitution*, regulation*, regulatory, legislation`,
  },
  // › law enforcement
  'medtop:20000129': {
    3: `police, policing, policeman, policemen, policewoman, police officer*, detective*, arrest*,
        fbi, scotland yard, metropolitan police, met police, constable*, interpol, forensic*,
        sheriff*, manhunt, police station*, crime scene, charged with, police custody,
        police investigation*, police raid*, armed police, stop and search, law enforcement,
        border police, police chief*, chief constable, handcuff*, criminal investigation*`,
    2: `custody, crackdown, surveillance, warrant*, cctv, detain*, patrol*, investigator*, officers,
        cops, cop, undercover, seizure*, informant*`,
    1: `investigat*, questioned, inquiry, raid*, seized`,
  },

  // disaster, accident and emergency incident
  'medtop:03000000': {
    3: `emergency incident*`,
    2: `emergency, emergencies, tragedy`,
  },
  // › accident and emergency incident
  'medtop:20000139': {
    3: `car crash*, plane crash*, train crash*, air crash*, road accident*, traffic accident*,
        derail*, firefighter*, capsiz*, shipwreck*, pile-up, road traffic accident, drown*,
        gas leak*, gas explosion*, mine collapse, building collapse*, emergency landing,
        crash landing, bus crash*, helicopter crash*, industrial accident*, collapsed building,
        carbon monoxide, fatal accident*, house fire*, fire crews, head-on collision, crashed into`,
    2: `accident*, collision*, crash, crashed, blaze*, explosion*, fatal*, rescued, sank, sinking,
        wreckage, survivor*, trapped, ambulance*`,
    1: `fire, fires, injured, burns, collapse, killed, dead, casualt*, died, hospital`,
  },
  // › disaster
  'medtop:20000148': {
    3: `earthquake*, quake*, tsunami*, hurricane*, cyclone*, typhoon*, tornado*, mudslide*,
        avalanche*, volcan*, eruption*, wildfire*, bushfire*, forest fire*, famine*,
        natural disaster*, aftershock*, death toll, epicentre, epicenter, richter, flash flood*,
        disaster zone, disaster area, humanitarian crisis, locust*, landslide*`,
    2: `disaster*, flood*, drought*, displaced, catastroph*, magnitude, affected areas, swept away,
        destroyed homes, inundat*`,
    1: `damage, destroyed, devastat*`,
  },
  // › emergency response
  'medtop:20000168': {
    3: `rescue workers, rescue team*, emergency services, search and rescue, relief effort*,
        aid agenc*, humanitarian aid, red cross, red crescent, paramedic*, fire service*,
        fire brigade*, coastguard*, first responder*, disaster relief, emergency shelter*,
        relief supplies, relief operation*, aid workers, emergency aid, emergency response,
        relief agenc*, emergency teams, evacuation centre*, emergency crews, relief fund,
        disaster response, air ambulance*, mountain rescue, lifeboat*`,
    2: `evacuat*, airlift*, survivors, rubble, aid convoy*, emergency funds, humanitarian`,
    1: `rescue*, relief, aid, donations, shelter*`,
  },

  // economy, business and finance
  'medtop:04000000': {
    3: `business news, financial services, financial sector, finance industry`,
    2: `business, businesses, economic*, finance, financial*, firms, corporate, companies, company,
        commercial*, firm`,
    1: `billion, million, cost, costs, costly, market*, sector*, industry, industries`,
  },
  // › business information
  'medtop:20000170': {
    3: `chief executive*, ceo*, shareholder*, takeover*, merger*, profit*, pre-tax, dividend*,
        bankrupt*, insolven*, subsidiar*, boardroom*, conglomerate*, retailer*, carmaker*,
        automaker*, quarterly results, annual results, profit warning*, annual report*,
        chief financial officer, takeover bid*, hostile bid, entrepreneur*, venture capital*,
        private equity, market share, operating profit, net profit, net income, sales fell,
        sales rose, sales growth, sales figures, board of directors, cost-cutting, joint venture*,
        stake in, trading update, investor*, stock market listing, chain of stores,
        department store*, high street, telecoms firm*, drinks firm*, oil firm*, oil company,
        oil companies, mining company, steelmaker*, manufacturer*, chief operating officer,
        accounting fraud, accounting scandal, corporate fraud, corporate governance, price-fixing,
        antitrust, competition watchdog, monopolies, accounting, into administration, cash flow,
        receivership, competition and markets authority, competition authority,
        competition authorities`,
    2: `acquisition*, acquire*, losses, quarterly, restructur*, executives, bid for, sales,
        profitab*, invest, invests, invested, investing, investment*, startup*, start-up*,
        shares in, stake, accounts, accountan*, audit, audits, auditor*, manufactur*, factory,
        factories, retail*, supermarket*, corporation*, competitor*, plc, inc, ltd, outlets, brand,
        brands, branded, branding, revenue*, turnover, earnings, job cuts, airline*, procurement,
        clients, client, administrators`,
    1: `results, quarter, loss, outlook, plant, chairman, executive, administration, boss, bosses,
        deal, contract*, rival*, chain, stores, customers, products, margins, expansion, operations,
        owned, unit, maker, makers, giant, group, sale, deals`,
  },
  // › economy
  'medtop:20000344': {
    3: `economy, economies, economist*, economic growth, gdp, gross domestic product, recession*,
        inflation, deflation, interest rate*, central bank*, federal reserve, bank of england,
        european central bank, monetary policy, fiscal policy, budget deficit*, trade deficit*,
        current account deficit*, consumer spending, consumer confidence, retail sales,
        economic slowdown, imf, international monetary fund, world bank, wto,
        world trade organization, world trade organisation, tariff*, free trade, trade deal*,
        trade agreement*, trade talks, trade war*, house prices, housing market, mortgage*,
        consumer prices, quantitative easing, opec, oil price*, price of oil, crude oil,
        growth forecast*, economic recovery, rate rise*, rate cut*, rates on hold, economic data,
        public finances, public debt, national debt, exchange rate*, g7, g8, g20, borrowing costs,
        economic policy, trade surplus, trade gap, purchasing managers, manufacturing output,
        industrial output, industrial production, consumer demand, economic outlook,
        commodity prices, stagnation, seasonally adjusted, globalisation, globalization,
        competitiveness, economic reform*, structural reform*, economic policies, fuel prices,
        fuel costs`,
    2: `fiscal, deficit*, surplus*, exports, export*, imports, import, imported, slowdown, downturn,
        output, treasury, debt*, borrowing, stimulus, austerity, cost of living, per capita, crude,
        barrel*, commodit*, growth, prices, price rise*, wages, spending, budget, trade,
        trading partner*, emerging market*, developing countries, rates, yuan, renminbi, consumer*,
        demand, productivity, trillion, monetary, privatis*, privatiz*, tax, taxes, taxation, levy`,
    1: `price*, rate, subsidies, subsidy, subsidised, subsidized, recovery, investment, economics,
        figures, forecast*, peg, chancellor, domestic, production, annual`,
  },
  // › market and exchange
  'medtop:20000385': {
    3: `share price*, stock market*, stock exchange*, dow jones, nasdaq, ftse, nikkei, dax, cac 40,
        hang seng, wall street, bond yield*, bond market*, currency market*, forex, hedge fund*,
        bull market, bear market, sell-off, ipo, ipos, flotation, market value,
        market capitalisation, market capitalization, equities, fund manager*, investment bank*,
        pension fund*, stock price*, shares rose, shares fell, shares closed, shares jumped,
        shares slipped, shares dropped, shares gained, shares slumped, gold price*, price of gold,
        stockmarket*, banking sector, bank shares, futures market*, treasury bond*,
        government bonds, trading floor, initial public offering, brokerage*, stockbroker*,
        currency trader*, against the dollar, against the euro, the dollar, the euro, the yen,
        currency, currencies, banker*, banking, insider trading, market abuse,
        securities and exchange, financial regulator, financial conduct authority`,
    2: `shares, stocks, trading, trader*, bonds, dollar*, euro, euros, yen, sterling, investors,
        analyst*, valuation*, broker*, futures, indices, rallied, floated, credit, lender*, lending,
        assets, bank, banks, securities, asset`,
    1: `stock, bond, yield*, rally, equity, benchmark, gold, oil, index, exchange, listed, loan*,
        funds, fund, pound, rose, fell, rise, rising, fall, falling, grew, higher, lower, decline,
        declined, interest, capital, share, rises, falls, declines`,
  },
  // › products and services
  'medtop:20000209': {
    3: `shoppers, consumer goods, consumer products, product launch*, customer service*, price cut*,
        price war*, food and drink industry, car sales, car industry, motor industry, drugmaker*,
        budget airline*, low-cost airline*, low-cost carrier*, online retailer*, energy supplier*,
        real estate, property market, car maker*, retail chain*, fast food, fashion retailer*,
        tour operator*, travel firm*, advertising market, product recall*, insurance industry,
        insurance firm*, insurance broker*, insurance company, insurance companies, jet fuel,
        aviation fuel, airline industry, aviation industry`,
    2: `consumers, products, product, shopping, shops, stores, supermarket*, vehicles, vehicle*,
        cars, pharmaceutical*, insurer*, insurance, advertising, advert*, franchise*, logistics,
        freight, shipping, aviation, telecoms, telecommunications, utilities, brewer*, beverage*,
        tourism, hotel*, restaurant*, retail, passengers, flights, goods, motors, transport, rail,
        railway*, airport*, car park*, shop`,
    1: `launched, launch*, delivery, construction, property, agricultur*, farming, energy, oil, gas,
        electricity, food, drinks, orders, sold, sell*, cheaper, tickets, prices, price, services,
        service, customers, customer, fuel, passenger*, traffic, parking, marketing, car, flight,
        drink, utility`,
  },

  // education
  'medtop:05000000': {
    3: `educational, education secretary, education minister*, education system,
        department for education, department of education, education policy`,
    2: `learning, learners, education`,
  },
  // › curriculum
  'medtop:20000412': {
    3: `curricul*, syllabus*, national curriculum, sex education, numeracy, phonics, coursework,
        stem subjects, textbook*, reading list*, school subjects, lesson plan*, citizenship lessons,
        modern languages, core subjects, reading scheme*`,
    2: `lesson*, literacy, subjects, timetable*, maths lessons, science lessons, history lessons,
        teaching materials, taught`,
    1: `topics, courses, module*`,
  },
  // › educational grading
  'medtop:20001217': {
    3: `grade inflation, report card*, gpa, grade point average, pass rate*, top grades,
        grade boundar*, first-class degree*, degree classification*, marking scheme*, exam grades,
        school league tables, graded, grading`,
    2: `grades, marking, marked down, assessment*, league tables, failing schools`,
    1: `grade*, marks, attainment`,
  },
  // › educational testing and examinations
  'medtop:20000413': {
    3: `exam, exams, gcse*, a-level*, a levels, sat score*, standardised test*, standardized test*,
        baccalaureate*, exam board*, results day, resit*, invigilat*, exam results, exam paper*,
        exam season, external examiner*, mock exam*, test scores, national tests, sats,
        exam cheating, examination results, school tests`,
    2: `examination*, revision, pisa`,
    1: `tests, tested, testing, assessed`,
  },
  // › entrance examination
  'medtop:20000414': {
    3: `entrance exam*, entrance examination*, entrance test*, admissions test*,
        university admissions, college admissions, gaokao, eleven plus, 11 plus, selective school*,
        acceptance rate*, ucas, university places, admissions process, admissions tutor*,
        admissions policy, school admissions, school places, university entrance, college entrance`,
    2: `admissions, grammar school*, applicants, oxbridge, entry requirements`,
    1: `admission, application*, places, selection, selective, entrance`,
  },
  // › online and remote learning
  'medtop:20001337': {
    3: `online learning, remote learning, distance learning, e-learning, online course*, mooc*,
        virtual classroom*, open university, online classes, learning platform*, edtech,
        online tuition, video lessons, online lessons, home learning, online degree*,
        online schooling, remote teaching, virtual learning, online education`,
    2: `digital learning, tutorial*, laptops for pupils`,
    1: `virtual, remote`,
  },
  // › parents group
  'medtop:20000398': {
    3: `parent teacher association*, pta, ptas, parents group*, parent group*, parents association*,
        parents' evening*, school governor*, parent council*, parental involvement,
        parents campaign*, parent governor*, parent-teacher, parent power, parents' organisation*,
        school board*`,
    2: `parental, mums, dads`,
    1: `parents, parent`,
  },
  // › religious education
  'medtop:20000399': {
    3: `religious education, faith school*, madrassa*, madrasa*, seminary, seminaries,
        sunday school*, bible study, catholic school*, islamic school*, jewish school*,
        church school*, yeshiva*, religious studies, catechism, religious instruction,
        theological college*, divinity school*, religious school*`,
    2: `theology, divinity, scripture lessons, collective worship, faith-based`,
    1: `church, school*`,
  },
  // › school
  'medtop:20000400': {
    3: `pupil*, headteacher*, head teacher*, headmaster*, headmistress*, primary school*,
        secondary school*, high school*, kindergarten*, nursery school*, ofsted, school meals,
        school dinners, school uniform*, truan*, boarding school*, state school*, private school*,
        independent school*, school district*, schooling, homeschool*, home schooling, school year*,
        school building*, school trip*, schoolchildren, schoolboy*, schoolgirl*, classmate*,
        school holidays, school run, playground*, school, schools`,
    2: `classroom*, academies, academy school*, term-time, exclusion*, class size*, infants,
        reception class*, sixth form*`,
    1: `principal, kids`,
  },
  // › social learning
  'medtop:20000410': {
    3: `social learning, peer learning, life skills, lifelong learning, adult education,
        community learning, evening classes, study group*, learning by doing, emotional learning,
        peer mentoring, adult learning, adult learners, night school*, learning circle*,
        learning from each other`,
    2: `mentoring, mentor*, role model*, extracurricular, social skills, workshops, volunteering`,
    1: `skills, learners`,
  },
  // › students
  'medtop:20000415': {
    3: `student*, undergraduate*, postgraduate*, tuition fee*, student loan*, student union*,
        higher education, semester*, freshers, student debt, student accommodation,
        university students, college students, graduate scheme*, phd*, dissertation*`,
    2: `graduate*, campus*, scholarship*, dormitor*, degrees, alumni, academic*, dropout*, tuition,
        lecture*, universities, university`,
    1: `study, studying, studies, young people, college*, fees, degree`,
  },
  // › teachers
  'medtop:20000416': {
    3: `teacher*, teaching assistant*, lecturer*, educator*, teaching union*, teacher training,
        supply teacher*, classroom assistant*, teaching staff, teaching profession, nqt*,
        newly qualified teachers`,
    2: `teaching, tutor*, faculty, academic staff, school staff, tenure, staffroom`,
    1: `professor*, instructor*`,
  },
  // › vocational education
  'medtop:20001216': {
    3: `vocational, apprentice*, trade school*, technical college*, further education,
        skills training, traineeship*, technical education, nvq*, btec*, vocational training,
        job training, work-based learning, on-the-job training, training scheme*, trainees,
        college courses, vocational qualification*, t levels, skills gap`,
    2: `polytechnic*, work placement*, internship*, upskill*, retrain*, qualifications, trainee*`,
    1: `placement*, training, trades, skills`,
  },

  // environment
  'medtop:06000000': {
    3: `environmentalist*, greenpeace, friends of the earth, environment agency, environmental*,
        green groups, environment minister*, environment secretary`,
    2: `environment, ecolog*, eco-friendly, green campaigners`,
    1: `green, planet`,
  },
  // › climate change
  'medtop:20000418': {
    3: `climate change, global warming, greenhouse gas*, carbon emission*, carbon dioxide, co2,
        kyoto protocol, paris agreement, ipcc, net zero, carbon neutral, decarbonis*, decarboniz*,
        sea level*, sea-level rise, melting glacier*, ice sheet*, climate scientist*, carbon tax,
        emissions trading, climate summit*, climate crisis, climate target*, climate policy,
        climate models, carbon footprint*, carbon budget*, emissions target*, methane emissions`,
    2: `climate, emissions, greenhouse, fossil fuel*, glacier*, warming, carbon, arctic ice,
        polar ice, extreme weather`,
    1: `coal, drought`,
  },
  // › conservation
  'medtop:20000420': {
    3: `conservation*, endangered species, national park*, nature reserve*, wildlife trust*, wwf,
        protected area*, rewilding, poachers, whaling, reforestation, wildlife sanctuary,
        habitat loss, marine reserve*, conservationist*, wildlife charity, threatened species,
        critically endangered, species at risk, ivory trade, trophy hunting, captive breeding,
        biodiversity`,
    2: `endangered, habitat*, extinction, poaching, deforestation, coral reef*, ivory, sanctuary,
        breeding programme*`,
    1: `preserv*, protected`,
  },
  // › environmental pollution
  'medtop:20000424': {
    3: `pollution, pollutant*, polluter*, polluted, air quality, smog, toxic waste, oil spill*,
        sewage, plastic waste, plastic pollution, microplastic*, acid rain, nitrogen dioxide,
        particulate*, effluent, chemical spill*, exhaust fumes, hazardous waste, toxic chemicals,
        contaminated water, water pollution, air pollution, noise pollution, light pollution,
        fly-tipping, litter*`,
    2: `contaminat*, landfill*, pesticide*, toxic, dumping, plastic bags, plastics`,
    1: `chemicals, plastic, fumes, spill, waste, diesel`,
  },
  // › natural resources
  'medtop:20000430': {
    3: `natural resources, water shortage*, groundwater, aquifer*, fisheries, fish stocks,
        overfishing, oil reserves, gas reserves, rare earth*, water resources, mineral wealth,
        mineral resources, raw materials, oil field*, oilfield*, gas field*, natural gas, shale gas,
        fracking, water scarcity, drinking water supply, timber industry`,
    2: `mineral*, mining, timber, logging, lithium, land use, freshwater, irrigation, reservoir*,
        water supply, water supplies, oil and gas, iron ore, forests`,
    1: `forest*, water, copper, deposits, coal`,
  },
  // › nature
  'medtop:20000441': {
    3: `ecosystem*, rainforest*, wetland*, wildflower*, marine life, natural world, flora and fauna,
        bird species, animal species, plant species, migrating birds, bird migration,
        bee population*, woodland*, nature lovers, wild animals, birdwatch*, in the wild`,
    2: `nature, wildlife, species, bees, butterfl*, whales, dolphin*, insect*, mammal*, reptile*,
        birds, habitat, countryside, seabird*, coral`,
    1: `animals, animal, bird, plants, river*, sea, ocean*, trees, bears, wolves, predator*`,
  },
  // › sustainability
  'medtop:20001374': {
    3: `sustainab*, renewable*, solar power, solar panel*, solar energy, solar farm*, wind farm*,
        wind turbine*, wind power, recycl*, circular economy, energy efficien*, green energy,
        clean energy, biofuel*, zero waste, compost*, hydroelectric, green economy, tidal power,
        geothermal, low-carbon, energy saving, carbon capture, electric vehicle*, green technology,
        clean technology, reusable`,
    2: `environmentally friendly, ethical sourcing, organic farming, solar, energy use, insulation,
        heat pump*, electric car*`,
    1: `reuse`,
  },

  // health
  'medtop:07000000': {
    3: `healthcare, health care, health experts, health officials, patients, patient, medical,
        health`,
    2: `medicine*, ill health, healthy, unhealthy`,
    1: `care, blood`,
  },
  // › disease and condition
  'medtop:20000446': {
    3: `disease*, cancer*, diabetes, hiv, malaria, tuberculosis, influenza, bird flu, swine flu,
        infectious, epidemic*, pandemic*, symptom*, dementia, alzheimer*, heart disease,
        heart attack*, asthma, mental illness, mental health, autism, measles, cholera, ebola,
        covid*, coronavirus*, tumour*, tumor*, illness*, syndrome*, sars, mrsa, superbug*,
        hepatitis, meningitis, parkinson*, arthritis, leukaemia, leukemia, heart failure,
        blood pressure, obesity, clinical depression, chronic pain, cystic fibrosis,
        multiple sclerosis, motor neurone, schizophrenia, anorexia, eating disorder*, strokes,
        infection*, flu, medical condition*`,
    2: `disorder*, allerg*, chronic, outbreak*, infected, fever, diagnosed with, suffering from,
        sufferers, bacteria`,
    1: `virus*, sick, sickness, condition, aids, depression, anxiety, ill, stroke, pain`,
  },
  // › government health care
  'medtop:20000480': {
    3: `nhs, national health service, medicare, medicaid, health secretary, health minister*,
        department of health, health service*, waiting list*, universal health care,
        universal healthcare, health budget, health spending, health reform*, nhs trust*, gp, gps,
        prescription charges, public hospital*, state-funded health, health ministry,
        health department, health system`,
    2: `waiting times, health policy, health authorit*, free at the point, public health system,
        state health`,
  },
  // › health facility
  'medtop:20000461': {
    3: `hospital*, intensive care, accident and emergency, emergency room*, care home*,
        nursing home*, hospice*, maternity unit*, maternity ward*, psychiatric unit*, infirmary,
        health centre*, health center*, pharmacy, pharmacies, gp surgery, gp surgeries,
        medical centre*, hospital bed*, hospital ward*, operating theatre*, mental hospital*,
        field hospital*, clinic*`,
    2: `ward, wards, surgery, psychiatric, outpatient*, inpatient*`,
    1: `beds, admitted`,
  },
  // › health insurance
  'medtop:20000483': {
    3: `health insurance, health insurer*, medical insurance, health coverage, uninsured, co-pay*,
        deductible*, private medical insurance, health cover, health plan*, insurance premium*,
        health premium*, insured patients, medical bills, obamacare, affordable care act,
        medical aid scheme*`,
    2: `insurance, insurer*, premiums, insured, policyholder*`,
  },
  // › health organisation
  'medtop:20000463': {
    3: `world health organization, world health organisation, cdc, centers for disease control,
        health agency, medical council, bma, british medical association, royal college of nursing,
        medecins sans frontieres, doctors without borders, health authority, health authorities,
        health body, health watchdog, medical association, health board*, health trust*,
        royal college of, unaids, public health england, health charity, medical charity,
        food and drug administration, fda`,
    2: `unicef, medical bodies, medical body, health bodies, health groups`,
  },
  // › health treatment and procedure
  'medtop:20000464': {
    3: `transplant*, vaccin*, immunis*, immuniz*, chemotherapy, radiotherapy, medication*,
        antibiotic*, clinical trial*, ivf, fertility treatment, painkiller*, physiotherapy, mri,
        x-ray*, caesarean*, organ donor*, blood transfusion*, cancer screening, breast screening,
        health screening, keyhole surgery, heart surgery, hip replacement*, knee replacement*,
        treated for, treatment for, dialysis, prescri*, anaesthe*, operated on, life support,
        medical treatment, drug treatment, therapy, therapies, cure for`,
    2: `treatment*, surgery, dose*, dosage, diagnos*, cure, cures, cured, rehabilitat*, injection*,
        medicines`,
    1: `drug*, scan, scans, scanner*, procedure*, tablets, pills, operation, recovering, jab*,
        screening, healing`,
  },
  // › medical profession
  'medtop:20000485': {
    3: `physician*, surgeon*, nurse, nurses, nursing, midwi*, dentist*, pharmacist*, junior doctors,
        medical staff, medics, medical student*, clinician*, psychiatrist*, anaesthetist*,
        health workers, healthcare workers, health care workers, medical negligence, malpractice,
        general medical council, medic, doctors, paediatrician*, pediatrician*, cardiologist*,
        oncologist*, general practitioner*, medical professionals, struck off`,
    2: `doctor, paramedic*, care workers, carers, medical profession, therapist*, specialists,
        hospital staff`,
    1: `consultant*, practitioner*, specialist*`,
  },
  // › private health care
  'medtop:20000484': {
    3: `private healthcare, private health care, private hospital*, private clinic*,
        private patients, private medical, medical tourism, paying patients, bupa,
        independent sector treatment, private health, private sector providers, fee-paying patients,
        private practice, private providers, cosmetic surgery, private medicine`,
    2: `health provider*, healthcare provider*, healthcare firm*, healthcare company`,
    1: `private sector`,
  },
  // › public health
  'medtop:20001358': {
    3: `public health, vaccination campaign*, vaccination programme*, immunisation programme*,
        smoking ban*, binge drinking, healthy eating, life expectancy, quarantine*, contact tracing,
        infection rate*, health warning*, health campaign*, food safety, fluoride, sugar tax,
        mortality rate*, passive smoking, second-hand smoke, anti-smoking, health risk*,
        health scare*, obesity epidemic, junk food, health advice, five a day, alcohol consumption,
        lockdown*`,
    2: `smoking, smokers, tobacco, cigarette*, hygiene, sanitation, alcohol, vaccination*,
        screening programme*`,
    1: `diet, drinking, salt, sugar, fat`,
  },

  // human interest
  'medtop:08000000': {
    3: `human interest, heartwarming, heart-warming`,
    2: `quirky`,
    1: `bizarre`,
  },
  // › anniversary
  'medtop:20001237': {
    3: `anniversary, anniversaries, centenary, centennial, bicentenary, bicentennial, jubilee,
        tercentenary, years ago today, golden anniversary, silver anniversary`,
    2: `commemorat*, remembrance, memorial*`,
    1: `years since, to mark the, marks the`,
  },
  // › award and prize
  'medtop:20000498': {
    3: `nobel, pulitzer, booker prize, laureate*, knighthood, knighted, damehood, mbe, obe, cbe,
        new year honours, birthday honours, lifetime achievement, accolade*, prize-winning,
        award-winning, awards ceremony, award ceremony, prize winner*, prizewinner*, turner prize,
        honours list, awards night`,
    2: `award*, prize*, shortlist*, honorary, prize money, nominated, nominee*, nomination*`,
    1: `honour*, honor*, winners, winner*, trophy, recognition`,
  },
  // › birthday
  'medtop:20001238': {
    3: `birthday*, centenarian*, oldest person, oldest man, oldest woman, oldest living,
        100th birthday, birthday party, birthday cake, turned 100, birthday celebration*,
        birthday message*, happy birthday, birthday card*`,
    2: `celebrates her, celebrates his, aged 100`,
    1: `born in, born on, years old, cake`,
  },
  // › celebrity
  'medtop:20000505': {
    3: `celebrit*, celeb, celebs, paparazzi, reality star*, influencer*, supermodel*, red carpet,
        heartthrob*, a-lister*, tv personality, tv personalities, gossip column*, fan club*,
        superstar*, pop idol*, teen idol*, hollywood star*, star-studded`,
    2: `famous, fame, gossip, tabloids, stardom, idol*, glamour*, glamorous`,
    1: `stars, star, romance, rumour*`,
  },
  // › ceremony
  'medtop:20000501': {
    3: `ceremon*, memorial service*, state funeral*, coronation*, ribbon-cutting, opening ceremony,
        closing ceremony, graduation ceremony, wreath*, investiture*, minute silence,
        two-minute silence, wreath-laying, guard of honour, flag-raising, swearing-in, sworn in,
        inauguration*, passing-out parade, remembrance service`,
    2: `funeral*, wedding*, parade*, procession*, gala*, banquet*, unveil*, formal dinner`,
    1: `tribute*, honoured, attended, celebrations, guests, dignitar*`,
  },
  // › high society
  'medtop:20000504': {
    3: `royal family, royal wedding, aristocra*, socialite*, debutante*, buckingham palace,
        nobility, royals, heiress*, jet set, countess, viscount, charity ball, ball gown*,
        high society, royal household, royal couple, clarence house, kensington palace,
        blue-blooded, upper class, society wedding*, polo match*`,
    2: `queen, prince, princess, duke, duchess, monarch*, billionaire*, earl, ascot`,
    1: `royal*, king, lady, lord, palace, mansion*, yacht*, heir*, wealthy, luxury`,
  },
  // › human mishap
  'medtop:20000503': {
    3: `mishap*, got stuck, lucky escape, freak accident*, clumsy, pratfall*, wrong turn,
        locked himself out, locked herself out, accidentally sent, mistakenly sent,
        firefighters freed, had to be rescued, embarrassing mistake, red-faced`,
    2: `accidentally, mistakenly, bungl*, locked out, stranded, oops, gaffe*, mix-up, wrong address,
        blunder*, fell asleep`,
    1: `mistake*, stuck, embarrass*, trapped, rescued, error*, fell into, sat nav*, satnav*`,
  },
  // › record and achievement
  'medtop:20000499': {
    3: `guinness world record*, guinness book of records, record attempt*, world record attempt*,
        first person to, record-breaking, circumnavigat*, record holder*, set a new record,
        broke the record, set a record, record for the most`,
    2: `world record*, first woman to, first man to, feat, largest ever, longest ever, tallest,
        biggest ever, oldest ever, youngest ever`,
    1: `record, records, historic, unprecedented, milestone*, achievement*, oldest, youngest,
        longest, largest, first ever`,
  },

  // labour
  'medtop:09000000': {
    3: `labour market, labour laws, labour shortage*, labour costs, child labour, forced labour,
        labor market, labor costs, labor laws, labor department, department of labor,
        labour ministry, work and pensions`,
    2: `working conditions, labour force`,
  },
  // › employment
  'medtop:20000509': {
    3: `minimum wage, working hours, job creation, new jobs, jobseeker*, gig economy, zero-hours,
        self-employed, job offer*, job vacanc*, hiring spree, pay rise*, jobs boost, create jobs,
        created jobs, full-time jobs, part-time jobs, job security, employment`,
    2: `employ*, employer*, employee*, jobs, hiring, workforce, workers, worker*, wage*, salar*,
        part-time, overtime, workplace*, recruitment, staffing, payroll*`,
    1: `job, staff, hired, hire, recruit*, career*, vacanc*, occupation*, pay`,
  },
  // › employment legislation
  'medtop:20000521': {
    3: `employment law*, labour law*, labor law*, working time directive, employment rights,
        workers' rights, unfair dismissal, employment tribunal*, maternity leave, paternity leave,
        parental leave, sick pay, equal pay, right to strike, redundancy pay, workplace safety,
        safety at work, labour code, labour reform*, labor reform*, employment bill,
        employment legislation, minimum wage law, working week, 35-hour week, 48-hour week,
        flexible working`,
    2: `employment protection, rights at work, contracts of employment`,
    1: `dismissal, directive`,
  },
  // › labour market
  'medtop:20000523': {
    3: `labour market*, labor market*, job market*, job losses, job cuts, payrolls,
        non-farm payrolls, employment figures, skills shortage*, labour shortage*, hiring freeze,
        wage growth, earnings growth, job figures, jobs data, labour force, labor force, redundanc*,
        layoff*, laid off, lay off, shed jobs, axe jobs, cut jobs, cutting jobs, jobs will go,
        jobs are to go, jobs to go, jobs at risk, jobs lost`,
    2: `jobless, vacancies, migrant workers, staff cuts, headcount`,
    1: `employees`,
  },
  // › labour relations
  'medtop:20000524': {
    3: `industrial action, walkout*, picket*, collective bargaining, pay dispute*, pay deal*,
        pay talks, pay offer*, wage talks, lockout*, acas, go-slow, work-to-rule, labour dispute*,
        labor dispute*, industrial dispute*, strike action, strike ballot*, general strike*,
        national strike, on strike, went on strike, called off the strike, pay claim*, pay freeze*,
        pay award*`,
    2: `strike, strikes, striking workers, walk out, arbitration`,
    1: `ballot, dispute*`,
  },
  // › retirement
  'medtop:20000531': {
    3: `retirement age, pensioner*, state pension*, pension age, retirees, retirement savings,
        pension scheme*, annuit*, final salary, old-age pension*, pension reform*, 401 k,
        retirement income, pension pot*, pensions, pension, early retirement`,
    2: `retirement, older workers, old age`,
    1: `retire*, elderly, savings, older people`,
  },
  // › unemployment
  'medtop:20000533': {
    3: `unemploy*, jobless*, out of work, dole, benefit claimant*, claimant count,
        unemployment benefit*, youth unemployment, long-term unemployed, lost their jobs,
        lost his job, lost her job`,
    2: `redundant, without work`,
    1: `idle, benefits`,
  },
  // › unions
  'medtop:20000536': {
    3: `trade union*, trades union*, tuc, union members, union leader*, unionised, unionized,
        union official*, teamsters, afl-cio, union boss*, shop steward*, union membership,
        labor union*, labour union*, unite union, gmb, rmt, union representatives, union says,
        union said, unions said, union chief*, teachers' union*, nurses' union*, miners' union*,
        public sector union*`,
    2: `unions, organised labour, organized labor`,
    1: `union, general secretary`,
  },

  // lifestyle and leisure
  'medtop:10000000': {
    3: `lifestyle and leisure, leisure time, free time`,
  },
  // › leisure
  'medtop:20000538': {
    3: `leisure, hobby, hobbies, holidaymaker*, theme park*, amusement park*, gardening, angling,
        hiking, camping, day out, days out, board game*, crossword*, bingo, pastime*,
        weekend break*, sightseeing, visitor attraction*, knitting, outdoor activities, recreation*,
        tourist attraction*, package holiday*, ramblers, rambling, caravan*, cruise ship*, zoo,
        zoos, bird watching, stamp collecting, leisure centre*`,
    2: `tourist*, tourism, vacation*, resort*, cruise*, beach*, travellers, trips, days off,
        outing*, picnic*`,
    1: `holiday*, travel*, garden*, fishing, collecting, trip, puzzle*, visitors`,
  },
  // › lifestyle
  'medtop:20000565': {
    3: `lifestyle*, fashion, fashionista*, catwalk*, recipe*, cookbook*, foodie*, etiquette,
        home decor, interior design*, fashion week, haute couture, fashion designer*, dress code*,
        food writer*, restaurant critic*, celebrity chef*, dating app*, online dating, pet owners,
        beauty products, skincare, street style, must-have, style guide, wine list, vegan*`,
    2: `cooking, chef*, food and drink, wine, wines, dating, trendy, beauty, cosmetics, makeup,
        make-up, vegetarian*, pets, pet, clothes, clothing, wardrobe, dress, dresses, stylish,
        meals, dishes`,
    1: `relationships, trend*, designer*, taste*, luxury, shopping, style, food, dog, dogs, cats,
        restaurant*, fashionable, outfit*`,
  },
  // › wellness
  'medtop:20001339': {
    3: `wellness, wellbeing, well-being, yoga, meditation, mindfulness, workout*, healthy diet,
        healthy lifestyle*, stress relief, self-care, jogging, detox*, pilates, personal trainer*,
        fitness regime*, fitness class*, keep fit, keeping fit, mental wellbeing, weight loss,
        lose weight, losing weight, sleep quality, healthy living`,
    2: `gym, gyms, spa, spas, massage*, nutrition*, vitamin*, calorie*, exercising, relaxation`,
    1: `exercise, fitness, stress, sleep, diet, diets, dietary, supplements, walking, happiness`,
  },

  // politics
  'medtop:11000000': {
    3: `politic*, mps, tory, tories, conservative party, lib dem*, liberal democrat*, labour party,
        democratic party, republican party, lawmaker*, legislator*, senator*, congressman,
        congresswoman, congressmen, politician*, westminster, downing street, white house,
        prime minister*, home secretary, foreign secretary, party leader*, shadow chancellor,
        shadow cabinet, shadow home secretary, shadow foreign secretary, shadow education secretary,
        shadow health secretary, tory leader, labour leader, snp, plaid cymru, green party,
        opposition parties, opposition leader*, mp, msp, msps, assembly members, ruling party,
        political parties`,
    2: `labour, democrats, republicans, presidential, kremlin, conservative*, partisan, left-wing,
        right-wing, centre-left, centre-right, ukip, brexit, nationalist*, socialist*, communist*,
        populis*, democracy, democratic, deputy leader, party chairman, party, parties, democrat`,
    1: `opposition, leader, leadership, critics, shadow, liberal*, president, criticised,
        criticized, urged, insisted, accused, speech, powers, speeches, critic`,
  },
  // › election
  'medtop:20000574': {
    3: `election*, electoral*, electorate*, voter*, opinion poll*, campaign trail, candidacy,
        constituenc*, marginal seat*, manifesto*, hustings, referendum*, general election*,
        by-election*, primaries, primary election*, caucus*, swing voters, postal vote*,
        postal ballot*, electoral commission, election campaign*, exit poll*, recount*, canvass*,
        election day, polling day, vote-rigging, electoral fraud, ballot box*, voting intention*,
        polling station*, re-election, re-elected, landslide victory, election victory,
        election defeat, election result*, seats in parliament, voting system,
        proportional representation, first past the post, safe seat*, target seat*, polls suggest,
        election-winning, electioneering`,
    2: `vote*, voting, ballot*, polling, polls, elected, turnout, incumbent, runoff, run-off,
        campaigning, candidates, candidate, third term, second term, pollster*`,
    1: `poll, campaign*, seats, seat, majority, mandate, challenger*, contest, contests, contested`,
  },
  // › fundamental rights
  'medtop:20000587': {
    3: `human rights, civil rights, civil liberties, freedom of speech, free speech,
        freedom of expression, freedom of religion, right to privacy, amnesty international,
        human rights watch, rights groups, rights group, rights activist*, detention without trial,
        habeas corpus, equal rights, voting rights, bill of rights, right to protest,
        freedom of information, human rights act, european convention, rights campaigner*,
        liberty group*, fundamental rights, freedom of assembly, fair trial, civil rights movement,
        privacy campaigner*, indefinite detention, house arrest`,
    2: `privacy, liberty, liberties, freedom*, torture, censorship, data protection, persecution,
        oppression, dignity`,
    1: `rights, surveillance, detention, detained, abuses`,
  },
  // › government
  'medtop:20000593': {
    3: `government*, govt, ministerial, whitehall, civil service, civil servant*, cabinet reshuffle,
        reshuffle*, home office, foreign office, cabinet office, local council*, local government,
        state department, quango*, devolution, devolved, regional government*, federal government,
        head of state, coalition government, deputy prime minister, government department*,
        government minister*, government officials, government spokesman, ministry of,
        department for, town hall*, city council*, county council*, the treasury, number 10, no 10,
        the cabinet, lord chancellor, home affairs, constitutional affairs, education secretary,
        education minister*, health secretary, health minister*, environment secretary,
        environment minister*, defence secretary, defense secretary, culture secretary,
        culture minister*, transport secretary, trade secretary, schools minister*,
        immigration minister*, home office minister*, treasury minister*, junior minister*,
        minister for, ministry, cabinet, children's commissioner*, information commissioner*,
        commissioner for`,
    2: `ministries, presidency, administration, mayor*, governor*, vice president, public sector,
        council*, councillor*, attorney general, tsar, czar, minister*`,
    1: `premier, department, departments, officials, official*, state, authorities, spokesman,
        spokeswoman, treasury, chancellor, secretary, president, leaders, regime, regimes,
        commissioner, deputy`,
  },
  // › government policy
  'medtop:20000621': {
    3: `white paper*, green paper*, public spending, spending review*, tax cut*, tax rise*,
        tax increase*, council tax, immigration policy, asylum policy, economic policy,
        health policy, education policy, energy policy, welfare reform*, government plans,
        government policy, government policies, policy paper*, policymaker*, policy-maker*,
        public services, government proposals, policy makers, pre-budget report, the budget,
        budget speech, spending plans, tax credits, tax system, tax break*, tax burden, u-turn*`,
    2: `policy, policies, proposals, proposal, reform*, pledge*, pledged, promise*, scheme*,
        initiative*, consultation*, privatis*, privatiz*, ban on, crackdown on, strategy, tax,
        taxes, taxation, taxpayer*, levy, guidelines`,
    1: `plans, budget, funding, spending, measures, target*, regulat*, nationalis*`,
  },
  // › international relations
  'medtop:20000638': {
    3: `diplomat*, embassy, embassies, ambassador*, foreign minister*, foreign affairs,
        foreign policy, bilateral, multilateral, united nations, security council, nato, treaty,
        treaties, envoy*, state visit*, g8 summit, g7 summit, g20 summit, geopolitic*,
        non-proliferation, consulate*, european commission, european union, eu membership,
        eu leaders, eu member states, un security council, un general assembly,
        un secretary general, relations between, diplomatic relations, diplomatic row,
        foreign ministry, secretary of state, nuclear programme, nuclear talks, sanctions against,
        trade sanctions, economic sanctions, european commissioner*, eu commissioner*`,
    2: `eu, un, sanctions, summit*, alliance*, brussels, expel*, extradit*, international community,
        superpower*, bilateral trade, g8, g7, g20`,
    1: `relations, countries, nations, talks, visit*, foreign, allies, allied, ties, negotiat*`,
  },
  // › non-governmental organisation
  'medtop:20000646': {
    3: `ngo*, non-governmental, charity, charities, charitable, campaign group*, pressure group*,
        think tank*, oxfam, save the children, civil society, advocacy group*, non-profit,
        nonprofit*, aid group*, lobby group*, not-for-profit, voluntary sector,
        voluntary organisation*, charity commission, christian aid, action aid`,
    2: `foundation*, volunteer*, donor*, activists, fundraising, fundraiser*, donations, trustees,
        amnesty`,
    1: `watchdog, campaigners`,
  },
  // › political crisis
  'medtop:20000647': {
    3: `political crisis, constitutional crisis, no-confidence vote, vote of no confidence,
        confidence vote, no confidence, impeach*, snap election*, hung parliament,
        caretaker government, power struggle, leadership crisis, leadership challenge,
        political turmoil, sleaze, cronyism, political deadlock, dissolve parliament,
        dissolved parliament, government collapsed, government collapse, coalition collapsed,
        political scandal*, calls to resign, calls for his resignation, forced to resign,
        resignation of, political storm, political row, row over, war of words`,
    2: `scandal*, deadlock*, stalemate, state of emergency, martial law, stepped down, step down,
        rift`,
    1: `resign*, resignation*, crisis, quit, split, allegations, turmoil`,
  },
  // › political dissent
  'medtop:20000648': {
    3: `dissident*, demonstrators, protesters, protestors, political prisoner*,
        crackdown on dissent, rebel mps, backbench rebellion, backbench revolt, backbencher*,
        civil disobedience, political opponent*, hunger strike*, opposition activist*,
        mass protest*, protest march*, pro-democracy, anti-war, anti-government,
        political activist*, opposition supporters, opposition figures, opposition party,
        protest vote, labour rebels, tory rebels, rebel mp`,
    2: `dissent*, protest*, activist*, rebellion*, whistleblower*, petition*, boycott*, exile*,
        demonstration*`,
    1: `rebels, rebel, critics, opponents, oppose*, persecut*`,
  },
  // › political process
  'medtop:20000649': {
    3: `parliament*, house of commons, commons, house of lords, senate, congressional, legislat*,
        second reading, third reading, select committee*, filibuster*, royal assent, chief whip,
        free vote, backbench*, frontbench*, party conference*, leadership contest*,
        leadership election*, prime minister's questions, pmqs, lobbyist*, gerrymander*,
        national assembly, upper house, lower house, welsh assembly, scottish parliament,
        european parliament, meps, mep, speaker of the house, committee of mps, cross-party,
        all-party, draft bill, scottish government, welsh government`,
    2: `congress, bill, bills, lobbying, voted against, voted for, vote on, lords, peers,
        amendment*, the bill, veto*, committee*`,
    1: `debate*, speaker, coalition*, constitutional, assembly, majority, motion, whip*`,
  },

  // religion
  'medtop:12000000': {
    3: `religion*, religious, church, churches, clergy, secularism, secular, faiths, interfaith,
        spirituality`,
    2: `faith, spiritual*, sacred, holy, pray, prays, praying, prayed, believers`,
    1: `god, divine`,
  },
  // › belief systems
  'medtop:20000657': {
    3: `christianity, islam, islamic, muslim*, jewish, judaism, jews, hindu*, buddhis*, sikh*,
        catholic*, protestant*, anglican*, evangelical*, atheis*, sunni*, shia, shiite*,
        scientology, mormon*, methodist*, baptist*, theolog*, paganism, zoroastrian*, taoism,
        confucianism, church of england, church of scotland, roman catholic, orthodox church`,
    2: `christian*, agnostic*, sect, sects, cult, cults, creed*, pagan*`,
    1: `orthodox, doctrine, denomination*, humanis*, belief*`,
  },
  // › relations between religion and government
  'medtop:20000702': {
    3: `blasphemy, blasphemy law*, religious freedom, freedom of religion, separation of church,
        church and state, state religion, sharia, secular state, theocra*, religious law,
        headscarf ban, veil ban, religious minorities, established church, fatwa*, apostasy,
        religious persecution, concordat, religious hatred law, religious hatred bill,
        religious affairs ministry, religious police, bishops in the lords`,
    2: `faith schools, faith groups, church leaders, religious groups, religious leaders`,
  },
  // › religious conflict
  'medtop:20000688': {
    3: `sectarian*, religious violence, religious conflict*, religious tension*, communal violence,
        anti-semitism, antisemitism, antisemitic, anti-semitic, islamophobia, islamophobic,
        holy war, persecution of christians, persecution of muslims, church attack*, mosque attack*,
        religious riots, religious hatred, pogrom*, inter-communal, intercommunal,
        religious extremis*, religious fanatic*, jihad*`,
    2: `religious divide, desecrat*, fundamentalis*`,
    1: `crusade*, extremis*, tension*, hatred`,
  },
  // › religious facility
  'medtop:20000697': {
    3: `cathedral*, mosque*, synagogue*, monaster*, convent, convents, shrine*, basilica*,
        gurdwara*, pagoda*, place of worship, places of worship, minster, abbey*, parish church*,
        churchyard*`,
    2: `temple, temples, chapel*, parish*, congregation*, pews, altar*, vestry`,
  },
  // › religious festival and holiday
  'medtop:20000690': {
    3: `ramadan, eid, diwali, hanukkah, hannukah, chanukah, passover, yom kippur, rosh hashanah,
        pentecost, holi, vesak, good friday, religious holiday*, religious festival*, feast day*,
        nativity, sabbath, easter sunday, ash wednesday, palm sunday, whitsun`,
    2: `christmas day, christmas eve, festive season, holy day*, epiphany, all saints`,
    1: `easter, christmas, feast*`,
  },
  // › religious leader
  'medtop:20000703': {
    3: `pope, popes, papal, vatican, archbishop*, bishop*, imam*, rabbi*, priest*, vicar*, cleric,
        clerics, ayatollah*, dalai lama, mullah*, preacher*, monk, monks, nun, nuns, grand mufti,
        mufti, reverend, chief rabbi, head of the church, clergyman, clergymen, pontiff,
        archdeacon*, the rev`,
    2: `cardinal*, patriarch, pastor*, lama, church leader*, religious leader*, spiritual leader*,
        minister of the church`,
    1: `guru*`,
  },
  // › religious ritual
  'medtop:20000696': {
    3: `prayer*, baptism*, baptised, baptized, christening*, communion, pilgrim*, hajj, bar mitzvah,
        bat mitzvah, sermon*, worship*, rosary, exorcism*, funeral rites, last rites, ordination*,
        ordained, canonis*, canoniz*, beatif*, sacrament*, liturgy*, hymn*, church service*,
        religious service*, midnight mass, evensong, requiem`,
    2: `fasting, circumcision, anointed, ritual*, rites, choir*`,
    1: `blessing*, confession, mass, candles`,
  },
  // › religious text
  'medtop:20000705': {
    3: `bible*, biblical, koran*, quran*, torah, talmud, scripture*, psalm*, old testament,
        new testament, hadith*, vedas, bhagavad gita, holy book*, sacred text*, ten commandments,
        book of genesis, guru granth sahib, gospels, gospel of`,
    2: `verses, commandments, parable*, prophet*`,
    1: `gospel*, verse*, testament, genesis, revelation*, teachings`,
  },

  // science and technology
  'medtop:13000000': {
    3: `scientist*, scientific*, technolog*, hi-tech, high-tech, tech firm*, tech giant*,
        technology firm*, technology company, technology companies, tech sector, tech industry,
        science`,
    2: `tech, sciences, innovation*`,
    1: `innovat*`,
  },
  // › biomedical science
  'medtop:20000710': {
    3: `genetic*, gene, genes, genome*, dna, stem cell*, cloning, cloned, biotech*, biomedical,
        neuroscience, neuroscientist*, molecular, enzyme*, antibod*, microbiolog*, pathogen*,
        drug trial*, medical research, medical researchers, gene therapy, crispr,
        genetic engineering, genetically modified, gm crops, gm food*, immune system*, embryo*,
        laboratory mice, in mice, cell biology, bioscience*, life sciences`,
    2: `protein*, bacterium, bacterial, mutation*, tissue, vaccine research, organs`,
    1: `cells, cell, brain, virus*`,
  },
  // › mathematics
  'medtop:20000715': {
    3: `mathemat*, maths, math, algebra, geometry, calculus, theorem*, prime number*, number theory,
        topology, fields medal, conjecture*, arithmetic, mathematical proof, fractal*, equations,
        statistician*, trigonometry, abel prize`,
    2: `equation*, probability, cryptograph*`,
    1: `statistics, numbers, proof, puzzle*, calculation*, formula*, algorithm*, calculat*`,
  },
  // › natural science
  'medtop:20000717': {
    3: `physics, physicist*, chemistry, biology, biologist*, astronom*, astrophysic*, nasa,
        space agency, telescope*, spacecraft, space probe*, space station*, astronaut*, cosmonaut*,
        galax*, black hole*, asteroid*, comet*, meteorite*, geolog*, dinosaur*, palaeontolog*,
        paleontolog*, evolutionary, molecule*, zoolog*, botan*, oceanograph*, seismolog*,
        volcanolog*, cern, hadron collider, big bang, solar system, hubble, exoplanet*, spacewalk*,
        space shuttle*, lander, mars rover, european space agency, esa, particle physics,
        quantum physics, space exploration, space mission*, orbiting, dark matter, the universe,
        planets, saturn, jupiter`,
    2: `planet*, mars, lunar, orbit*, fossil*, evolution, particle*, quantum, atom*, laboratory,
        laboratories, experiment*, universe, cosmic, magnetic, gravity, chemists`,
    1: `moon, space, earth, lab, sample*, specimen*, species, mission, probe, rocket*, satellite*,
        chemical*, titan`,
  },
  // › scientific institution
  'medtop:20000741': {
    3: `research institute*, royal society, academy of sciences, research centre*, research center*,
        science museum, max planck, observatory, observatories, research council*,
        science foundation, national science foundation, wellcome trust, institute of technology,
        caltech, research lab*, science academy, national laboratory, national academy of sciences,
        science park*`,
    2: `institute*, mit`,
    1: `academy, academies, college`,
  },
  // › scientific research
  'medtop:20000735': {
    3: `scientists, scientist, peer-reviewed, journal nature, journal science, published in the,
        hypothesis, research team*, research project*, scientific study, scientific studies,
        clinical study, research grant*, research funding, scientific paper*, academic paper*,
        lead author, co-author*, researchers found, researchers say, researchers said, study found,
        study suggests, the study, research suggests, research shows, findings suggest,
        science journal, lancet, new england journal, british medical journal, proceedings of`,
    2: `research, researchers, researcher, findings, study, studies, experiment*, journal,
        the journal, the research, new study`,
    1: `discover*, discovery, breakthrough*, lab tests, laboratory tests, published, professor*`,
  },
  // › scientific standards
  'medtop:20000755': {
    3: `scientific standard*, metrolog*, measurement standard*, si unit*, si units,
        international system of units, calibrat*, iso standard*, standards body, standards bodies,
        standards institute, national physical laboratory, atomic clock*, time standard*,
        reproducib*, research ethics, scientific misconduct, scientific integrity, nist,
        units of measurement, unit of measurement, leap second*, technical standard*,
        industry standard*, open standard*, standards organisation*, standards organization*,
        standardis*, standardiz*`,
    2: `kilogram*, peer review, replication, measurement*, specification*`,
    1: `standard, standards, protocol*, accuracy, precision, certification*, certified, iso,
        compatib*, benchmark*`,
  },
  // › social sciences
  'medtop:20000742': {
    3: `sociolog*, psycholog*, anthropolog*, political science, political scientist*,
        social science*, social scientist*, linguist*, behavioural science*, behavioral science*,
        criminolog*, social research, ethnograph*, economics professor, human geography`,
    2: `historian*, philosoph*, survey*, respondents, human behaviour, human behavior, demographer*,
        cognitive, archaeologist*`,
    1: `attitudes, behaviour, behavior, trends`,
  },
  // › technology and engineering
  'medtop:20000756': {
    3: `software, computer*, internet, broadband, wi-fi, wifi, wireless, mobile phone*, cell phone*,
        smartphone*, handset*, iphone*, android, laptop*, pcs, microchip*, chipmaker*,
        semiconductor*, gadget*, robot*, robotic*, artificial intelligence, machine learning,
        data centre*, data center*, cloud computing, download*, upload*, file-sharing, peer-to-peer,
        p2p, spam, spammers, anti-virus, antivirus, malware, phishing, spyware, adware, firewall*,
        encryption, browser*, search engine*, operating system*, linux, open source, programmer*,
        video game*, videogame*, games console*, gamers, xbox, playstation, nintendo,
        silicon valley, e-mail*, email*, text messag*, sms, 3g, 4g, 5g, bandwidth, fibre optic*,
        hdtv, digital camera*, camera phone*, mp3, digital music, virtual reality,
        augmented reality, 3d printing, self-driving, autonomous vehicle*, gigabyte*, megabyte*,
        terabyte*, megabit*, gigabit*, cyberspace, supercomputer*, quantum computing, computing,
        nanotech*, social network*, chatbot*, touchscreen*, voip, instant messaging, rfid,
        bluetooth, usb, megapixel*, domain name*, web address*, online security, cybersecurity,
        cyber security, data breach*, net users, web users, internet users, web browser*, website*,
        web site*, web page*, online services, digital tv, digital television, set-top box*,
        high-definition, blu-ray, hacker*, hacking, hacked, mobile networks, mobile operator*,
        mobile devices, tablet computer*, apps, net firm*, web firm*, online firm*, virus writers,
        computer virus*, electronics, consumer electronics, telecoms firm*, media player*,
        mp3 player*, music player*, dvd player*, digital terrestrial, web radio, internet radio,
        online radio, ringtone*, online shopping, internet shopping, e-commerce, online piracy,
        software piracy, digital piracy, file-swapping, digital rights management, drm,
        games maker*, games firm*, games publisher*, games industry, game maker*, gamer, handheld*,
        e-book*, ebook*, webcam*, virtual world*, online, gameplay, multiplayer, single-player,
        playable, joystick*, game console*, games developer*, game developer*, spammer, blog*`,
    2: `hardware, app, web, users, user, electronic*, digital, algorithm*, data, worm*, password*,
        programming, processor*, battery, batteries, telecom*, prototype*, engineering, engineer*,
        inventor, inventors, invention*, patent*, devices, device, pc, ai, console*, gaming, dvd*,
        microsoft, google, intel, ibm, samsung, nokia, motorola, facebook, ebay, yahoo, mobile,
        phone*, printer*, interactive, pirated, developers, files, graphics, audio, malicious,
        program, programs, controller*, developer, mobiles, subscriber, cisco, oracle,
        hewlett-packard, dell, amd, nvidia, qualcomm, ericsson, toshiba, panasonic, philips, adobe,
        vodafone, mozilla, firefox, wikipedia, youtube, linkedin, instagram, whatsapp, tiktok,
        netflix, spotify, huawei, lenovo`,
    1: `net, network*, code, coding, chip*, screen*, keyboard*, drone*, satellite*, video, cameras,
        camera, portable, games, game, machine*, launch*, apple, sony, amazon, twitter, content,
        virus*, technical, tool*, version*, upgrade*, speed*, connect*, access, sites, site, images,
        systems, windows, messages, text, link, photos, mail, mails, operators, information, cable,
        design, developed, faster, voice, features, secure, search, pirate*, piracy, file, videos,
        image, message, links, photo, operator`,
  },

  // society
  'medtop:14000000': {
    3: `social affairs, social issues`,
    2: `society, social`,
    1: `citizens`,
  },
  // › communities
  'medtop:20000768': {
    3: `community centre*, community center*, community group*, community leaders, rural communit*,
        local community, community spirit, close-knit, residents' association*, neighbourhood watch,
        community cohesion, grassroots`,
    2: `community, communities, neighbourhood*, neighborhood*, residents, villagers, local people,
        indigenous, tribe*, tribal, diaspora, ethnic minorit*, expat*`,
    1: `neighbours, neighbors, local*, town, village*`,
  },
  // › demographics
  'medtop:20000770': {
    3: `demograph*, census*, birth rate*, fertility rate*, ageing population, aging population,
        population growth, baby boom*, population decline, urbanisation, urbanization,
        shrinking population, median age, office for national statistics, population figures,
        population census`,
    2: `population, life expectancy, millennials, households, migration figures, ons,
        ethnic groups`,
    1: `generation*, household*, mortality, age group*`,
  },
  // › discrimination
  'medtop:20000775': {
    3: `discriminat*, racism, racist*, sexism, sexist, homophob*, transphob*, prejudice*, bigot*,
        xenophob*, ageism, misogyn*, hate speech, gender pay gap, glass ceiling, racial abuse,
        apartheid, racial profiling, ethnic profiling, disability discrimination, race relations,
        racially motivated, racial discrimination, sex discrimination, equal treatment`,
    2: `racial*, segregat*, stereotyp*, pay gap, harassment, disabled people, minorities`,
    1: `bias, biased, unfair*, ethnic, gender, abuse*`,
  },
  // › diversity, equity and inclusion
  'medtop:20001373': {
    3: `diversity and inclusion, affirmative action, positive discrimination, equal opportunit*,
        underrepresented, under-represented, gender balance, women on boards, ethnic diversity,
        diverse workforce, inclusivity, gender equality, gender parity, unconscious bias,
        representation of women, diversity targets, diversity training, dei`,
    2: `diversity, inclusion, inclusive, accessibility, lgbt*, equality`,
    1: `quota*, representation, minorit*, diverse`,
  },
  // › emigration
  'medtop:20000772': {
    3: `emigrat*, emigrants, brain drain, moved abroad, move abroad, moving abroad,
        leaving the country, outward migration, remittance*, left the country, expatriate workers,
        exodus of`,
    2: `exodus, expatriate*, net migration, overseas workers`,
    1: `migrants, abroad, overseas`,
  },
  // › family
  'medtop:20000780': {
    3: `divorce*, custody battle*, child custody, fostering, foster care, foster parent*, childcare,
        child care, single parent*, single mother*, single father*, lone parent*, parenting,
        same-sex marriage, civil partnership*, family life, stepfamil*, honour killing*,
        fathers' rights, family court*, adoption*, adoptive, grandchildren, family breakdown,
        newborn*, motherhood, fatherhood`,
    2: `marriage*, married, foster*, maternity, paternity, siblings, grandparent*, pregnan*,
        spouse*`,
    1: `husband*, wife, wives, families, family, mothers, fathers, parents, children, daughter*,
        son, sons, twins, baby, babies, mum, dad, child, kids`,
  },
  // › immigration
  'medtop:20000771': {
    3: `asylum seeker*, deport, deported, deporting, deportation*, border control*, work permit*,
        illegal immigra*, undocumented, points-based system, border force, green card*,
        migration policy, refugee status, people smuggl*, people traffick*, asylum claim*,
        detention centre*, removal centre*, migrant*, migration, refugee*`,
    2: `visa*, citizenship, naturalis*, naturaliz*, border security, influx, newcomers,
        foreign workers, foreign nationals, resettle*, residency, passport*, immigra*, asylum`,
    1: `border*, foreigners, arrivals, home office`,
  },
  // › mankind
  'medtop:20000788': {
    3: `mankind, humankind, human race, human species, human evolution, homo sapiens, early humans,
        human condition, future of humanity, hominin*, neanderthal*, our species, modern humans,
        human ancestors, stone age, prehistoric`,
    2: `humanity, human nature, civilisation*, civilization*, human history`,
    1: `humans, ancestors`,
  },
  // › social condition
  'medtop:20000799': {
    3: `poverty, inequality, inequalities, deprivation, wealth gap, income gap, living standards,
        standard of living, social mobility, underclass, slum, slums, low-income, child poverty,
        fuel poverty, food bank*, social exclusion, working class, destitut*, living conditions,
        poverty line, the poor, the poorest, poorest families, poor families, poverty-stricken,
        shanty town*, cost-of-living crisis`,
    2: `poorer, poorest, deprived, hardship, affluen*, middle class, malnutrition, rich and poor,
        social class*, class divide`,
    1: `poor, wealthy, income*, struggling, wealth`,
  },
  // › social problem
  'medtop:20000802': {
    3: `homeless*, rough sleep*, addiction*, drug abuse, alcoholism, substance abuse,
        anti-social behaviour, antisocial behaviour, anti-social behavior, antisocial,
        teenage pregnan*, gambling addiction, problem gambling, self-harm, prostitution, loneliness,
        bullying, bullied, gang culture, street children, social problems, drug addicts,
        drug addiction, youth violence, child neglect`,
    2: `addict*, suicide*, domestic abuse, gambling, alcohol abuse, youth crime, vandalism, neglect,
        truancy, exploitation`,
    1: `vulnerable, drugs, drinking`,
  },
  // › values
  'medtop:20000808': {
    3: `moral, morals, morality, euthanasia, assisted dying, assisted suicide, gay marriage,
        decency, family values, traditional values, right to die, pro-life, pro-choice,
        ethical debate, moral debate, ethical questions, moral values, animal rights, abortion*`,
    2: `ethic*, death penalty, capital punishment, pornograph*, conscience, tolerance, patriotism,
        animal welfare, taboo*, indecent`,
    1: `values, principles, controversial, offended, attitude*`,
  },
  // › welfare
  'medtop:20000817': {
    3: `welfare, social security, benefit claimants, welfare state, housing benefit, child benefit,
        tax credit*, universal credit, disability benefit*, food stamps, social services,
        social worker*, social care, means-tested, jobseeker's allowance, income support,
        social housing, council housing, council homes, affordable housing, welfare payments,
        care allowance, state benefits, welfare system, benefits system, benefit cuts`,
    2: `benefits, safety net, handouts, vulnerable people, elderly care, care for the elderly`,
    1: `pensioners, allowance*, housing, payments, needy`,
  },

  // sport
  'medtop:15000000': {
    3: `sport*, athlete*, olympi*, paralympi*, tournament*, championship*, sportsman, sportswoman,
        teammate*, team-mate*, fixture*`,
    2: `champion*, match, matches, league*, player*, team, teams, season, squad*, cup, final,
        finals, clubs, club, tour, title`,
    1: `win, won, winning, victory, beat, defeat, lost, play, played, playing, draw, drew, drawn,
        fans, wins, beats, defeats`,
  },
  // › competition discipline
  'medtop:20000822': {
    3: `football*, soccer, rugby, cricket*, tennis, golf*, athletics, boxing, boxer*, swimmer*,
        formula one, formula 1, f1, grand prix, motor racing, horse racing, jockey*, snooker, darts,
        basketball, baseball, hockey, volleyball, handball, badminton, table tennis, skiing, skier*,
        snowboard*, figure skating, gymnast*, rower*, sprinter*, hurdler*, high jump*, long jump*,
        triple jump*, pole vault*, javelin, shot put, decathlon*, heptathlon*, triathlon*,
        wrestling, judo, karate, taekwondo, archery, weightlifting, motogp, nascar,
        american football, nfl, nba, mlb, nhl, rugby league, rugby union, six nations, premiership,
        premier league, champions league, europa league, world cup, fa cup, league cup, test series,
        odi, odis, one-day international*, twenty20, t20, wimbledon, us open, australian open,
        french open, roland garros, tour de france, ryder cup, davis cup, super bowl, goalkeeper*,
        striker*, midfield*, winger*, full-back*, centre-back*, centre-half, penalty kick*,
        spot-kick*, free-kick*, hat-trick*, goalless, equaliser*, equalizer*, offside,
        stoppage time, injury time, extra time, half-time, clean sheet*, relegat*, play-off*,
        playoff*, dribbl*, crossbar, touchline, dugout, scrum*, fly-half, scrum-half, lineout*,
        flanker*, wicket*, batsman, batsmen, bowler*, bowled, innings, all-rounder*, lbw, top seed,
        seeded, tie-break*, break point*, match point*, set point*, straight sets, quarter-final*,
        semi-final*, birdie*, bogey*, fairway*, putt, putts, under par, over par, pga, world indoor,
        pole position, chequered flag, pit stop*, scorer*, heavyweight*, welterweight*,
        middleweight*, motorsport*, racing driver*, rally driver*, racehorse*, grand national,
        premiership club*, paceman, seamer*, run-out, half-century, national team*, hamstring,
        groin, fitness test*, forehand*, backhand*, grand slam, batting, batted, points clear,
        first leg, second leg, home win, away win, home side, away side, home fans, away fans,
        away from home, knee injury`,
    2: `swimming, cycling, rowing, marathon*, sprint*, hurdle*, keeper*, kick-off, goal, goals,
        scored, header, headers, defender*, forwards, first round, second round, third round,
        fourth round, internationals, sidelined, injury, injuries, ankle, skipper*, captain*,
        sailing, cyclist*, opener, score, ball, shots, racing, racer*, volley, centuries`,
    1: `squash, fencing, ashes, masters, side, sides, leg, scores, points, lead, minute, minutes,
        shot, chance, chances, tackle*, pass, passes, strike, supporters, bench, opponent*, lineup,
        line-up, run, runs, spin, track, horses, seed, knockout, bout*, debut, caps, capped, metres,
        indoor*, bat, aces, conversion*, race, races`,
  },
  // › disciplinary action in sport
  'medtop:20001103': {
    3: `match ban*, misconduct charge*, disciplinary hearing*, disrepute, touchline ban*,
        stadium ban*, points deduction, docked points, game ban*, sin bin*, citing commission,
        disciplinary panel*, violent conduct, sending off, three-match ban, two-match ban,
        one-match ban, charged by the fa, charged by uefa, improper conduct, dangerous tackle,
        high tackle, red card*, yellow card*, sent off`,
    2: `disciplinary, suspension*, misconduct, stamping, elbow*, spat at, booking*`,
    1: `suspended, fined, appeal against, banned, ban, charged, booked, cautioned, sanctioned`,
  },
  // › drug use in sport
  'medtop:20001104': {
    3: `doping, drug test*, drugs test*, failed a drugs test, missed drugs test*, banned substance*,
        performance-enhancing, steroid*, anabolic, epo, wada, anti-doping, nandrolone, blood doping,
        usada, ukad, biological passport, out-of-competition, drug cheat*, meldonium,
        doping offence*, doping ban*, drug-testing, missed tests, missed three tests`,
    2: `stimulant*, banned drug*, urine, positive test*, tested positive, testosterone`,
    1: `drugs, samples, cheat*, substance*`,
  },
  // › sport achievement
  'medtop:20001301': {
    3: `gold medal*, silver medal*, bronze medal*, medallist*, medalist*, world champion*,
        olympic champion*, olympic gold, won the title, won gold, winning streak, unbeaten run,
        title defence, treble, five-wicket haul, podium finish, maiden title, career best,
        season's best, personal best, world title*, european title*, grand slam title*,
        major title*, clinched the title, retained the title, defended the title, league title,
        championship title, record-equalling, world record*`,
    2: `medal*, titles, trophy, trophies, unbeaten, clinched, crowned, triumph*, undefeated, podium,
        victories`,
    1: `record, glory`,
  },
  // › sport event
  'medtop:20001108': {
    3: `olympic games, commonwealth games, asian games, world championship*, european championship*,
        matchday, home game, away game, home match, away match, international friendly,
        friendly match, open championship, regatta*, test match*, grand final, play-off final,
        cup final, cup tie, group stage*, knockout stage*, last 16, last eight, last four,
        world series, track and field, world indoor championship*, race day, qualifying round*,
        qualifier*, match report, indoor meeting, athletics meeting, rugby world cup,
        cricket world cup, world cup finals, euro 2*, final whistle`,
    2: `derby, qualifying, heats, championships, the games, round robin`,
    1: `friendly, round, rounds, clash, tie, showdown, contest, competition*`,
  },
  // › sport industry
  'medtop:20001124': {
    3: `transfer fee*, sponsorship deal*, kit deal*, broadcasting rights, tv rights,
        television rights, image rights, sports betting, sportswear, season ticket*, gate receipts,
        wage bill, salary cap, financial fair play, sports business, sports marketing,
        shirt sponsor*, naming rights, sports agent*, football finances, sports rights,
        sports industry, club finances, club accounts`,
    2: `sponsor*, merchandising, bookmakers, prize money, endorsement*, replica shirts,
        ticket prices`,
    1: `tickets, wages, finances`,
  },
  // › sport organisation
  'medtop:20001125': {
    3: `fifa, uefa, ioc, international olympic committee, football association, rfu, iaaf,
        world athletics, football league, the fa, lta, atp, wta, pga tour, olympic committee,
        national olympic committee, sports council, uk sport, sport england, rugby football union,
        irb, world rugby, fia, wales cricket board, professional footballers, pfa,
        league managers association, football federation, olympic association, athletics federation,
        cricket board, players' union, governing body, governing bodies`,
    2: `organisers, organizers, fa`,
    1: `federation*, association`,
  },
  // › sport venue
  'medtop:20001126': {
    3: `stadium*, stadia, racecourse*, velodrome*, home ground, training ground, anfield,
        old trafford, wembley, twickenham, murrayfield, stamford bridge, centre court, golf course*,
        racetrack*, ice rink*, sports hall*, all-seater, cardiff arms park, croke park, hampden,
        villa park, goodison, the oval, headingley, trent bridge, edgbaston,
        melbourne cricket ground, aintree, silverstone, sports ground*, home crowd, capacity crowd,
        sell-out crowd`,
    2: `pitch, pitches, venue*, ballpark*, swimming pool*, terraces, turf, spectators, cheltenham,
        new ground`,
    1: `arena*, circuit*, track, ground, crowd, attendance*`,
  },
  // › sports coaching
  'medtop:20001323': {
    3: `coaching, head coach*, assistant coach*, training session*, team talk*, pre-season,
        training camp*, fitness coach*, youth team*, gaffer, team selection, coaching staff,
        coaching role, coaching job, coach said, skills coach, defence coach, backs coach,
        forwards coach, batting coach, bowling coach, first-team coach*, assistant manager`,
    2: `coach, coaches, coached, tactics, tactical*, trainer*, in training`,
    1: `manager, managers, manager said, formation*, training, academy, selection, selector*`,
  },
  // › sports management and ownership
  'medtop:20001324': {
    3: `club owner*, club takeover, club owners, caretaker manager, managerial*, new manager,
        appointed manager, director of football, director of rugby, sporting director*, team owner*,
        club chairman, football club*, rugby club*, cricket club*, club's board, sacked manager,
        manager was sacked, manager sacked, sacked as manager, manager job, new coach,
        coach was sacked, sacked coach, club statement`,
    2: `the club, takeover*, takeover bid*`,
    1: `chairman, consortium, franchise*, sacked, sacking, stake, bid, bids`,
  },
  // › sports officiating
  'medtop:20001325': {
    3: `referee*, umpire*, linesman, linesmen, assistant referee*, fourth official, var,
        video referee*, tmo, television match official, hawk-eye, officiating, refereeing,
        decision review system, drs, third umpire, line judge*, match official*, penalty decision,
        offside decision, disallowed, goal-line technology, goal line`,
    2: `whistle`,
  },
  // › sports transaction
  'medtop:20001148': {
    3: `transfer window*, transfer deadline*, transfer target*, new signing*, loan deal*,
        loan spell*, free transfer*, bosman, trade deadline, draft pick*, nfl draft, nba draft,
        release clause*, buyout clause*, undisclosed fee, transfer request*, transfer speculation,
        transfer saga, signed a contract, signed a new contract, contract extension*,
        one-year contract, two-year contract, three-year contract, four-year contract,
        five-year contract, two-year deal, three-year deal, four-year deal, five-year deal,
        one-year deal, on loan`,
    2: `transfer*, joined from, swoop*, loaned`,
    1: `signing*, fee, loan, poach*`,
  },

  // conflict, war and peace
  'medtop:16000000': {
    3: `military, troops, soldier*, army, armies, armed forces, militar*, ministry of defence,
        defence secretary, defense secretary, pentagon, war, wars, warfare, wartime,
        security forces`,
    2: `conflict*`,
    1: `defence, defense, fighting, forces, combat*, peace`,
  },
  // › act of terror
  'medtop:20000053': {
    3: `terror*, suicide bomb*, car bomb*, al-qaeda, al-qaida, isis, islamic state, jihadist*,
        radicalis*, radicaliz*, beheaded, beheading*, counter-terrorism, anti-terror*,
        terror attack*, terror plot*, improvised explosive*, explosive device*, ied, ieds, hijack*,
        bomb attack*, bomb blast*, bombings, extremist group*, militant group*, suicide attack*,
        hostage-taking, terror suspect*, bomb plot*, bomb hoax*, terror cell*, taliban, hezbollah,
        hamas, boko haram, al-shabab, al-shabaab`,
    2: `bomber*, bombing*, explosive*, extremist*, hostage*, militant*, blast*, bomb, bombs, bombed,
        attacker*, eta, ira`,
    1: `attack, attacks, explosion*, suspects`,
  },
  // › armed conflict
  'medtop:20000056': {
    3: `airstrike*, air strike*, air raid*, shelling, artillery, missile*, rocket attack*,
        insurgen*, guerrilla*, militia*, invade*, battlefield*, warplane*, fighter jet*,
        drone strike*, warship*, air force, infantry, battalion*, regiment*, nuclear weapon*,
        chemical weapon*, weapons of mass destruction, war crime*, civil war, armed conflict,
        hostilities, bombardment*, sniper*, landmine*, paramilitar*, warlord*, arms embargo,
        ground offensive, military offensive, combat troops, coalition forces, occupying forces,
        war zone*, killed in fighting, armed groups, armed group, rebel forces, government forces,
        gunfire, firefight*, ambush*, cruise missile*`,
    2: `invasion*, front line, frontline*, tanks, marines, navy, naval, shells, siege, rebels,
        rebel*, civilian*, weapons, fighters, commander*, casualties, brigade*`,
    1: `offensive, arms, killed, deployment, deployed, battle*, attack*, occupation, occupied,
        raid*, captured, nuclear, wounded`,
  },
  // › civil unrest
  'medtop:20000065': {
    3: `riot*, rioters, unrest, tear gas, rubber bullets, water cannon*, clashed with police,
        curfew*, looting, looters, uprising*, street protests, violent protests,
        anti-government protest*, barricade*, stone-throwing, petrol bomb*, molotov, insurrection,
        riot police, mass protests, protests erupted, protesters clashed, demonstrators clashed,
        civil unrest, street battles`,
    2: `protesters, protestors, demonstrators, clashes, revolt*, mob, mobs, sit-in, protest*,
        demonstration*, marchers`,
    1: `crowd*, rallies`,
  },
  // › coup d'etat
  'medtop:20000070': {
    3: `coup, coups, coup d'etat, putsch, junta*, military takeover, seized power, seize power,
        seizing power, overthrow*, deposed, military rule, mutiny, mutineers, coup attempt*,
        coup plotters, military government, palace coup, suspended the constitution, counter-coup,
        toppled, ousted president, ousted leader, ousted prime minister, coup leaders`,
    2: `ousted, oust, topple*, martial law, dissolved parliament, state television, state tv,
        presidential palace, seized control, detained the president`,
  },
  // › cyber warfare
  'medtop:20001361': {
    3: `cyber warfare, cyberwarfare, cyber attack*, cyberattack*, state-sponsored hack*,
        cyber espionage, cyber weapon*, denial of service, ddos, botnet*, hacking group*,
        cyber command, cyber war, state hackers, cyber spies, cyber spying, state-backed hackers,
        cyber offensive, critical infrastructure attack*, digital warfare, information warfare`,
    2: `critical infrastructure, espionage`,
    1: `ransomware, hackers, hacking, cyber, infiltrat*`,
  },
  // › massacre
  'medtop:20000071': {
    3: `massacre*, genocide*, mass killing*, atrocit*, ethnic cleansing, mass grave*, killing spree,
        mass murder, mass shooting*, crimes against humanity, bloodbath, slaughtered, butchered,
        mass execution*, war crimes tribunal`,
    2: `slaughter*, war crimes, slain, holocaust`,
    1: `killings, murdered, civilians, executed`,
  },
  // › peace process
  'medtop:20000073': {
    3: `peace process, peace talks, peace deal*, peace agreement*, peace accord*, peace treaty,
        peace plan*, truce*, peacekeep*, disarmament, armistice, negotiated settlement, demilitar*,
        peace envoy*, peace negotiations, peace conference*, two-state solution,
        good friday agreement, road map for peace, peace initiative*, peace efforts,
        ceasefire agreement, ceasefire deal, end the war, end the conflict, decommissioning`,
    2: `ceasefire*, cease-fire*, reconciliation, decommission*, roadmap, road map, power-sharing`,
    1: `mediat*, negotiat*, talks, dialogue, envoy*`,
  },
  // › post-war reconstruction
  'medtop:20000077': {
    3: `post-war, postwar, post-conflict, war-torn, war-ravaged, demining, mine clearance,
        returning refugees, reconstruction effort*, nation-building, transitional government,
        war reparations, marshall plan, rebuild the country, donor conference*, reconstruction aid,
        reconstruction of, rebuilding of`,
    2: `reconstruction, rebuilding, reparations, reconstruct*, stabilisation, stabilization,
        interim government`,
    1: `rebuild*, restore*, infrastructure`,
  },
  // › prisoners of war
  'medtop:20000080': {
    3: `prisoners of war, prisoner of war, pow, pows, prisoner exchange*, prisoner swap*,
        captured soldier*, war prisoners, geneva convention*, guantanamo, internment,
        enemy combatant*, detention camp*, military prisoners, prison camp*, military detention,
        held captive, military tribunal*`,
    2: `detainees, interned, captives, repatriat*, captivity`,
    1: `prisoners, detention, hostages, captured`,
  },

  // weather
  'medtop:17000000': {
    3: `weather, meteorolog*, met office, national weather service, weather service,
        weather forecaster*`,
    2: `forecasters, met eireann`,
  },
  // › weather forecast
  'medtop:20001128': {
    3: `weather forecast*, sunny, cloudy, drizzle, snowfall, foggy, breezy, weekend weather,
        dry spell*, weather front*, cold front*, warm front*, hailstones, thunderstorm*,
        sunny spells, scattered showers, outbreaks of rain, light rain, heavy showers,
        temperatures will, temperatures are expected, overnight lows, daytime highs, dry and bright,
        wintry showers, maximum temperature*, minimum temperature*`,
    2: `temperatures, sunshine, showers, rain, rainfall, snow, fog, chilly, celsius, fahrenheit,
        winds, gusts, humid*, hail, high pressure, low pressure`,
    1: `temperature*, frost*, mild, wind, cloud, clouds, forecast*, cooler, warmer, cold, warm,
        wet`,
  },
  // › weather phenomena
  'medtop:20001129': {
    3: `heatwave*, heat wave*, cold snap*, blizzard*, hurricane*, typhoon*, tornado*, monsoon*,
        el nino, la nina, gale-force, heavy rain, torrential rain, downpour*, hailstorm*, sub-zero,
        flash flood*, snowstorm*, polar vortex, jet stream, dust storm*, sandstorm*,
        freezing temperatures, thunder and lightning, tropical storm*, storm force, high winds,
        strong winds, heavy snow, freezing fog`,
    2: `storm, storms, cyclone*, gale*, lightning, thunder, drought*, flooding, floods, flood*, icy,
        sleet, extreme weather`,
    1: `ice, freezing, heat`,
  },
  // › weather statistic
  'medtop:20001130': {
    3: `wettest, driest, record temperature*, highest temperature*, lowest temperature*,
        rainfall total*, rainfall record*, average temperature*, millimetres of rain, mm of rain,
        inches of rain, inches of snow, temperatures reached, since records began, sunshine hours,
        hours of sunshine, weather records, wind speed*, mph winds, warmest year, hottest day,
        coldest night, coldest day, hottest year, warmest winter, temperature record*`,
    2: `hottest, coldest, warmest, degrees celsius, climate data, average rainfall`,
    1: `above average, below average`,
  },
  // › weather warning
  'medtop:20001131': {
    3: `weather warning*, severe weather, storm warning*, flood warning*, flood alert*,
        amber warning*, red warning*, yellow warning*, weather alert*, hurricane warning*,
        tornado warning*, heat alert*, heat-health alert*, met office warning*, storm surge,
        tsunami warning*, blizzard warning*, gale warning*, treacherous conditions, black ice,
        warned motorists, drivers are warned, stay indoors, avoid travel, flood defences,
        severe weather warning*`,
    2: `evacuation order*, travel disruption`,
    1: `disruption, warning*, alert*, warned, motorists, danger*`,
  },
};

/**
 * Phrases that name a topic's words without being about it, mostly where a story cites its
 * sources: "told the BBC", "the news agency reported". They match before any term and count for
 * nothing, so a quote in a football report is not evidence for "mass media". Two to four words.
 */
export const neutralPhrases = `told the bbc, told bbc, told bbc news, told bbc sport, bbc news,
  told cnn, told reuters, reuters news agency, associated press, news agency, news agencies,
  state news agency, state media, local media, media reports, press reports, according to reports,
  told reporters, told journalists, reporters said, press conference, news conference,
  told a press conference, told a news conference, told the newspaper, the newspaper said,
  newspaper reported, told the paper, the paper said, in an interview, interview with,
  tv interview, television interview, radio interview, told radio, press release, news website,
  said in a statement`;

/** Flattens the lexicon into one row per (topic, term); terms keep their trailing * if any. */
export function listLexiconTerms(
  lexicon: Readonly<Record<string, TopicTerms>> = topicLexicon,
): LexiconTerm[] {
  const rows: LexiconTerm[] = [];
  for (const [qcode, terms] of Object.entries(lexicon)) {
    for (const weight of [3, 2, 1] as const) {
      for (const raw of (terms[weight] ?? '').split(',')) {
        const term = raw.trim().replace(/\s+/g, ' ');
        if (term) rows.push({ qcode, term, weight });
      }
    }
  }
  return rows;
}
