"""Scanning whole lectures of the product's domain: correct translations stay quiet, and
the errors machine translation makes are flagged.

finetuning and rag were written by hand in this project. transformers, training, agents,
prompting, vectors, mlops, multimodal, finetune_e2e, safety, reasoning, pretraining_data,
evaluation, quantization, preference, moe, serving, diffusion, long_context, code_llms,
distributed, speech, security, distillation, rag_evaluation, tokenizers, vision_language,
pretraining_run, embeddings, synthetic_data, scaling_laws, state_space, structured_outputs,
flash_attention, model_merging, observability, grpo, text_to_sql, on_device, rope,
agent_eval, lora, tool_calling, spec_decoding, hallucination, rerankers, routing,
interpretability, privacy, gpu_costs, multilingual, summarization, context_eng, code_review,
voice_agents, agent_memory, contamination, reward_hacking, batch_inference, graph_rag,
kv_compression, fairness, time_series, embedding_drift, moe_routing, agent_sandbox,
red_teaming, prompt_injection, data_labeling_llm, inference_hardware, eval_harness,
multi_agent, rlhf_data, caching_semantic, llm_security_supply, vector_db_ops, llm_finops,
speech_to_text, guardrails, agent_tools_mcp, data_contamination_dedup,
long_doc_summarization, model_compression, retrieval_eval_metrics, gpu_kernels, ai_search_ux,
federated_learning, llm_observability_tracing, instruction_tuning_data, mobile_llm_apps,
ai_regulation, speculative_decoding, chunking_strategies, lora_serving,
synthetic_data_filtering, prompt_compression, embedding_finetuning, data_analysis_agents,
document_extraction, ab_testing_llm, differential_privacy, support_bots, tts_voice,
code_migration, llm_recsys, gpu_networking, ai_tutoring, legal_contracts_llm, kv_offloading,
sql_agents_eval, image_generation_ops, reasoning_budgets, pii_redaction, quant_formats,
agent_memory_graphs, data_mixtures, energy_footprint, game_npcs, video_understanding,
active_learning, embedding_quantization, llm_caching_cdn, medical_qa, tokenizer_training,
long_context_eval, rag_permissions, llm_for_search_ranking, ocr_free_docs,
llm_batch_eval_costs, code_assistant_telemetry, sparse_attention, rlaif_constitution,
gpu_scheduling, multimodal_rag, llm_cost_forecasting, paged_batching, judge_calibration,
churn_features, two_tower, data_versioning, llm_app_testing, asr_diarization,
kv_cache_quant, recsys_cold_start, fp8_training, agent_eval_traces, doc_qa_tables,
guardrail_latency, synthetic_eval_sets, moe_inference, rag_freshness, vision_ocr_eval,
llm_pricing_tiers, retrieval_sharding, safety_classifiers, checkpoint_recovery,
email_triage_llm, curriculum_pretraining, embedding_benchmarks, k8s_autoscaling,
citation_attribution, oom_debugging, llm_tabular_features, s2st_eval, capacity_planning,
synthetic_textbooks, llm_slo_alerting, rag_reranking_latency, model_cards_docs, dpo_vs_ppo,
edge_quantized_asr, kv_cache_eviction, llm_data_privacy, vlm_chart_reading,
agent_cost_control, tokenizer_multilingual_cost, gradient_accumulation, llm_incident_review,
function_calling_schemas, lora_rank_selection, llm_eval_sampling, vector_index_rebuilds,
asr_punctuation, reward_model_training, llm_routing_costs, ocr_invoice_pipeline,
gpu_memory_profiling, context_window_budgeting, model_distillation_costs, eval_dataset_leakage
speech_latency_budget, moe_load_balancing, llm_log_analysis, tokenizer_vocab_size,
semantic_search_filters, rag_chunk_overlap, inference_autoscaling, safety_refusal_tuning,
multilingual_eval, prompt_versioning, beam_search_decoding, data_dedup_pipeline,
lr_warmup_schedules, embedding_model_choice, llm_judge_bias, quantization_aware_training,
agent_retry_policies, speculative_sampling_math, data_pipeline_backfills,
prompt_injection_defenses, model_serving_canaries, kv_cache_sizing, rag_query_rewriting,
tokenizer_merges_bpe, llm_cost_attribution, contrastive_learning, llm_release_checklist,
sft_data_mixing, gpu_spot_instances, embedding_cache_invalidation, agent_planning_loops,
eval_rubric_design, eval_regression_gates, expert_parallelism, hybrid_bm25_retrieval,
streaming_token_ux, attention_head_pruning, dataset_license_audit, llm_fallback_chains,
matryoshka_embeddings, reward_hacking_detection, prompt_caching_pricing,
gradient_checkpointing, structured_output_grammars, long_context_needle_tests,
tool_call_schema_drift, multilingual_eval_translationese, inference_autoscaling_queues,
batch_inference_costs, document_chunking_tables, llm_eval_sampling_variance,
reranker_latency_tradeoffs, safety_classifier_thresholds, vector_index_sharding,
dataloader_throughput, embedding_dim_reduction, grouped_query_attention, llm_load_testing,
prompt_rollout_flags, synthetic_preference_pairs, eval_contamination_audit,
kv_cache_paging_vllm, onnx_export_pitfalls, rag_citation_eval, reward_model_ensembles,
tool_use_latency, agent_memory_compaction, embedding_retrieval_drift, fine_tuning_data_budget,
llm_eval_leaderboards, moe_expert_capacity, speculative_decoding_drafts,
gpu_cluster_failures, llm_ab_test_power, lora_merging_adapters, pretraining_data_filters,
prompt_injection_evals, rag_latency_budget, activation_recompute_tradeoffs,
domain_adaptive_pretraining, hard_negative_mining, model_router_costs, mt_quality_metrics,
vector_db_sharding, batch_size_lr_scaling, clip_image_search, llm_api_incident_response,
llm_semantic_cache, rlhf_preference_noise, timeseries_foundation_models,
agent_tool_permissions, content_moderation_classifiers, cpu_inference_llamacpp,
map_reduce_summaries, model_merging_soups, ranking_metrics_ndcg,
continuous_batching_schedulers, dataset_cards_provenance, embedding_similarity_thresholds,
llm_unit_test_generation, sliding_window_attention, token_cost_math,
annotation_guidelines_agreement, browser_automation_agents, chat_templates_special_tokens,
gpu_power_thermals, retrieval_query_expansion, tensor_parallel_comm,
embedding_model_distillation, long_context_vs_rag_vs_finetune, sharded_checkpoint_formats,
structured_extraction_validation, system_prompt_leak_canaries, triton_kernel_fusion,
agent_handoffs_multi, dataset_synthetic_math, eval_human_preference_arena,
llm_output_moderation_pipeline, prefill_decode_disaggregation, vector_quantization_pq,
code_agent_sandboxes, gpu_utilization_mfu, llm_translation_eval, retrieval_freshness_ttl,
rlhf_reward_overoptimization, speculative_decoding_medusa, agent_stopping_criteria,
llm_judge_position_bias, moe_expert_parallelism, prefix_caching_vllm, qat_vs_ptq_4bit,
structured_decoding_grammars, distillation_logit_matching, embedding_rerank_cascade,
kv_cache_prefix_sharing, lora_dropout_rank_ablation, rag_eval_groundedness,
rlvr_math_rewards, guardrail_jailbreak_evals, llm_serving_autoscaling_slo,
moe_load_balancing_loss, needle_haystack_position_bias, tokenizer_byte_fallback,
vlm_document_grounding, agent_memory_summaries, eval_judge_rubric_drift, lora_qlora_memory_math,
rag_hybrid_fusion_rrf, safety_refusal_calibration, vllm_chunked_prefill, dpo_beta_tuning,
embedding_matryoshka_truncation, llm_canary_deploys, ocr_layout_reading_order,
prompt_injection_tool_outputs, speculative_eagle_trees, rag_context_ordering,
lora_target_modules, eval_pass_at_k, gpu_memory_fragmentation, agent_reflection_loops,
inference_quantization_awq, rag_metadata_filtering, flash_decoding_kernels, pairwise_judge_ties,
agent_tool_timeouts, chat_template_bugs, moe_router_collapse,
embedding_multilingual_alignment, long_context_rope_scaling, llm_eval_human_agreement,
guardrail_pii_streaming, sft_packing_masks, serving_cost_per_token, rag_answer_abstention,
fsdp_vs_deepspeed, tokenizer_number_splitting, agent_human_approval, llm_latency_percentiles
reward_model_length_bias, vector_db_hnsw_tuning, llm_json_mode_failures,
distillation_data_selection, speculative_decoding_acceptance, rag_table_qa,
gpu_interconnect_nvlink, embedding_index_refresh, llm_eval_contamination_probes,
inference_batching_prefill, lora_learning_rates, agent_memory_retrieval,
safety_eval_red_team_metrics, rag_chunk_size_tuning, llm_cache_hit_rates, moe_inference_memory,
eval_llm_regression_suite, quantized_kv_cache_fp8, agent_planner_executor,
continuous_batching_throughput, cuda_allocator_fragmentation, dpo_reference_model_choice,
embedding_dimension_reduction, llm_agent_sandboxing, rag_pdf_parsing, kv_cache_cpu_offload,
llm_batch_api_discounts, llm_json_schema_evolution, retrieval_multi_vector_colbert,
reward_model_calibration, vision_encoder_resolution, eval_llm_judge_rubrics_drift,
gpu_cluster_failures_checkpoints, moe_capacity_factor_tuning, prompt_template_localization,
rag_reranker_distillation, speculative_decoding_batch_effects, agent_memory_forgetting,
eval_pairwise_elo_ratings, inference_int4_accuracy_loss, llm_tokenizer_migration,
lora_adapter_hotswap, rag_query_routing_costs, embedding_index_sharding,
speculative_draft_model_choice, prompt_injection_sandbox, finetune_dataset_dedup,
kv_cache_quantization, vision_language_ocr, reward_model_overoptimization,
tool_calling_parallel_calls, long_context_retrieval_eval, gpu_memory_fragmentation_debug,
rag_hybrid_search_weights, distill_temperature_choice, moe_aux_loss_tuning,
embedding_drift_monitoring, agent_tool_scopes_audit, llm_eval_seed_variance,
structured_output_grammar and vllm_prefix_cache_eviction (machine
translations with labelled errors), and deployment,
agent_building, prompt_caching, labeling, mixed_precision, human_eval, watermarking,
continual, debug_training, licensing, chunking, doc_parsing, model_release, small_models,
product_analytics, career_talk, open_source_llms, ai_ethics_seminar, team_postmortem,
hiring_ml_team, conference_keynote, research_podcast, founder_talk, panel_discussion,
alumni_fireside, bootcamp_welcome, mentor_ama, investor_pitch, teaching_award_speech,
hackathon_kickoff, retirement_reflections, wedding_toast, startup_failure_talk,
conference_closing, team_offsite_speech, phd_defense_thanks, commencement_speech, farewell_manager,
launch_party, mentor_thanks, intern_welcome, volunteer_award, makerspace_opening,
hackathon_awards, library_retirement, team_anniversary, coach_farewell,
choir_concert_thanks, bakery_tenth_birthday, garden_club_centennial, science_fair_judges,
firefighter_retirement, nurse_graduation, lifeguard_season_close, orchestra_conductor_farewell,
ferry_captain_last_voyage, bookshop_closing_night, kids_robotics_club_finale,
retiring_nurse_tribute, marathon_volunteers_thanks, school_principal_farewell,
bus_driver_retirement, community_garden_harvest, swim_coach_farewell,
theater_director_closing, food_bank_volunteer_night, librarian_award_speech,
crossing_guard_thanks, fire_station_open_house, beekeeper_club_toast, county_fair_closing,
harbor_festival_welcome, museum_volunteer_gala, chess_club_anniversary,
lighthouse_keeper_farewell, rowing_club_regatta_dinner, village_fete_opening,
allotment_society_awards, school_reunion_toast, bike_club_charity_ride,
community_choir_anniversary, ferry_terminal_reopening, quiz_night_champions,
tennis_club_centenary, bakery_retirement_party, sailing_club_trophy_night,
library_centenary_gala, rugby_club_awards_dinner, market_traders_farewell,
allotment_show_prizegiving, brass_band_jubilee, cricket_club_annual_dinner,
village_hall_centenary, fishing_club_prizegiving, nursery_teacher_farewell,
darts_league_finals, postman_retirement_party, choir_leader_farewell,
allotment_flood_thanks, bowls_club_season_opening, caretaker_long_service,
lollipop_lady_retirement, amateur_dramatics_awards, pub_quiz_league_final,
scout_leader_thanks, village_shop_anniversary, swimming_gala_thanks, bowling_league_awards,
choir_director_farewell, darts_club_presentation, lifeboat_crew_thanks,
allotment_open_day_thanks, bellringers_anniversary, pantomime_society_thanks,
rounders_club_dinner, beekeepers_association_toast, harbour_rowing_club_farewell,
knitting_circle_anniversary, lifeboat_station_open_day, allotment_harvest_supper and
brass_quintet_farewell (correct
translations) were written by separate sessions that had not
seen the tool, as blind tests. Their first scans found misses and false alarms that the checks
were then fixed for (see the README), so they are regression tests now, not held-out figures.
"""

from pathlib import Path

import pytest

from qa.evaluate import read_labels
from qa.scan import Scanner

DATA = Path(__file__).parent / "data" / "scan"


@pytest.fixture(scope="module")
def scanner(encoder):
    return Scanner(encoder=encoder, cache_dir=False)


@pytest.fixture(scope="module")
def report(scanner):
    # A fine-tuning lecture we translated by hand the way Korean tech subtitles are written:
    # terms in Latin script or the usual loanword, numbers in Korean units, cues cut
    # mid-sentence. Written before the tool was run on it; nothing was changed afterwards.
    return scanner.scan(DATA / "finetuning.en.vtt", DATA / "finetuning.ko.vtt")


def test_no_rule_check_objects_to_a_correct_translation(report):
    content = [(c.pair.target.index, f.check, f.message) for c in report.cues for f in c.findings
               if f.check != "semantic" and f.category != "style"]
    assert content == []


def test_a_correct_translation_is_not_flagged(report):
    flagged = [c.pair.target.index for c in report.cues if c.flagged]
    # 33 "See you there." -> 그럼 다음 강의에서 뵙겠습니다 ("see you in the next lecture"):
    # the free rendering of a three-word cue is more than the embedding can follow.
    assert set(flagged) <= {33}


def test_the_errors_of_a_machine_translated_lecture_are_flagged_and_nothing_else(scanner):
    # A RAG lecture with ten errors of the kinds machine translation makes (a false friend
    # for a term, a changed number, a lost name or version, a dropped negation, another
    # sentence, a cut-off cue), listed in rag.labels.csv; the other 24 cues are correct.
    report = scanner.scan(DATA / "rag.en.vtt", DATA / "rag.ko.vtt")
    flagged = {c.pair.target.index for c in report.cues if c.flagged}
    assert flagged == set(read_labels(DATA / "rag.labels.csv"))


def test_a_correct_lecture_with_free_renderings_is_not_flagged(scanner):
    report = scanner.scan(DATA / "deployment.en.vtt", DATA / "deployment.ko.vtt")
    content = [(c.pair.target.index, f.check, f.weight) for c in report.cues for f in c.findings
               if f.check != "semantic" and f.category != "style"]
    # 18 "take it with a grain of salt" -> 믿으면 안 돼요: the idiom means "do not believe it
    # fully", so its negation is no flip.
    assert content == []
    # Idioms rendered freely (the job-interview joke, "it adds up fast", "don't put all your
    # eggs in one benchmark") score 0.53-0.55 on meaning: below Thresholds.semantic_alone.
    assert {c.pair.target.index for c in report.cues if c.flagged} == set()


def test_a_correct_lecture_full_of_idioms_is_not_flagged(scanner):
    # Round 12's correct lecture (building a tool-using agent): "rule of thumb", "the devil
    # is in the details", "it's a no-brainer" rendered by their meaning, 9%p for "nine
    # points", a cue that joins two English sentences (53: ...돌린다고 치면).
    report = scanner.scan(DATA / "agent_building.en.srt", DATA / "agent_building.ko.srt")
    assert {c.pair.target.index for c in report.cues if c.flagged} == set()


def _broken_on_cue_3(pair, ctx):
    if pair.target.index == 3:
        raise ValueError("substring not found")
    return []


def _broken_file_check(pairs, ctx):
    raise KeyError("speech level")


@pytest.mark.parametrize("registry, broken, message", [
    ("PAIR_CHECKS", _broken_on_cue_3,
     "check broken failed on cue 3 (ValueError: substring not found); the cue is scored "
     "without it. Please report this with the cue's text."),
    ("FILE_CHECKS", _broken_file_check,
     "check broken failed (KeyError: 'speech level'); the lecture is scored without it. "
     "Please report this with the files."),
])
def test_a_bug_in_a_check_costs_its_findings_not_the_scan(scanner, monkeypatch, caplog,
                                                          registry, broken, message):
    from qa import checks

    monkeypatch.setitem(getattr(checks, registry), "broken", broken)
    report = scanner.scan(DATA / "rag.en.vtt", DATA / "rag.ko.vtt")
    flagged = {c.pair.target.index for c in report.cues if c.flagged}
    assert flagged == set(read_labels(DATA / "rag.labels.csv"))
    assert [r.getMessage() for r in caplog.records if "broken" in r.getMessage()] == [message]


@pytest.mark.parametrize("name, source, target, found, false_alarms", [
    ("transformers", "transformers.en.vtt", "transformers.ko.vtt", 11, set()),
    # SRT, the Korean 250 ms later throughout; 43 is the first half of a sentence whose
    # words Korean order moved into 44.
    ("training", "training.en.srt", "training.ko.srt", 11, {43}),
    ("agents", "agents.en.vtt", "agents.ko.vtt", 11, set()),
    ("prompting", "prompting.en.vtt", "prompting.ko.vtt", 10, set()),
    ("vectors", "vectors.en.srt", "vectors.ko.srt", 10, set()),
    # 55 "without losing sleep" -> 마음 편히: a weak doubt of the negation plus a so-so
    # meaning match.
    ("mlops", "mlops.en.vtt", "mlops.ko.vtt", 6, {55}),
    # 20 "it's not free" -> 그만큼 비용도 들어요, rendered freely.
    ("multimodal", "multimodal.en.srt", "multimodal.ko.srt", 11, {20}),
    ("finetune_e2e", "finetune_e2e.en.vtt", "finetune_e2e.ko.vtt", 8, set()),
    # 35 a trade-off sentence restructured freely.
    ("safety", "safety.en.srt", "safety.ko.srt", 10, {35}),
    # Round 5 was only measured: 16 "not a free lunch" -> 물론 공짜는 아니에요 and 56 "See you
    # there" -> 그럼 다음 영상에서 만나요, short cues the embedding scores above 0.7.
    ("reasoning", "reasoning.en.vtt", "reasoning.ko.vtt", 7, {16, 56}),
    # 19 the second half of a split sentence; 54 "the elephant in the room" rendered freely.
    ("pretraining_data", "pretraining_data.en.srt", "pretraining_data.ko.srt", 6, {19, 54}),
    # Round 6. 32 "the elephant in the room" rendered freely again; 47 "judges" as 심사 모델
    # scores 0.41 on meaning.
    ("evaluation", "evaluation.en.vtt", "evaluation.ko.vtt", 8, {32, 47}),
    ("quantization", "quantization.en.srt", "quantization.ko.srt", 10, set()),
    # Round 7 (preference tuning, mixture of experts).
    ("preference", "preference.en.vtt", "preference.ko.vtt", 10, set()),
    ("moe", "moe.en.srt", "moe.ko.srt", 8, set()),
    # Round 8 (an LLM app in production, diffusion models).
    ("serving", "serving.en.vtt", "serving.ko.vtt", 9, set()),
    ("diffusion", "diffusion.en.srt", "diffusion.ko.srt", 8, set()),
    # Round 9 (long context, LLMs for code). long_context 30 is correct but scores 0.48 on
    # meaning; code_llms 30 ends on 정도였는데, because the Korean joins two sentences.
    ("long_context", "long_context.en.vtt", "long_context.ko.vtt", 12, {30}),
    ("code_llms", "code_llms.en.srt", "code_llms.ko.srt", 13, {30}),
    # Round 10 (distributed training, speech models).
    # distributed 34 ("never stretch" said 굳이 … 필요는 없어요) was flagged until round 17 only
    # because "an order of magnitude" (10배) was not read as a number.
    ("distributed", "distributed.en.vtt", "distributed.ko.vtt", 9, set()),
    ("speech", "speech.en.srt", "speech.ko.srt", 8, set()),
    # Round 11 (LLM app security, distillation). distillation 41 "1 to 3B" -> 10억~30억
    # scores 0.45 on meaning: the embedding reads the two ways of writing numbers apart.
    ("security", "security.en.vtt", "security.ko.vtt", 10, set()),
    ("distillation", "distillation.en.srt", "distillation.ko.srt", 10, {41}),
    # Round 12 (evaluating RAG). 25 "Next knob:" -> 다음으로 조정할 요소는 scores 0.52 on meaning.
    ("rag_evaluation", "rag_evaluation.en.vtt", "rag_evaluation.ko.vtt", 10, {25}),
    # Round 13 (tokenizers).
    ("tokenizers", "tokenizers.en.vtt", "tokenizers.ko.vtt", 9, set()),
    # Round 14 (vision-language models, a pre-training run).
    ("vision_language", "vision_language.en.vtt", "vision_language.ko.vtt", 9, set()),
    ("pretraining_run", "pretraining_run.en.srt", "pretraining_run.ko.srt", 6, set()),
    # Round 15 (embeddings, synthetic data).
    ("embeddings", "embeddings.en.vtt", "embeddings.ko.vtt", 8, set()),
    ("synthetic_data", "synthetic_data.en.srt", "synthetic_data.ko.srt", 7, set()),
    # Round 16 (scaling laws, state space models, structured outputs).
    ("scaling_laws", "scaling_laws.en.vtt", "scaling_laws.ko.vtt", 15, set()),
    # state_space 39 (half the sentence left out) scored 0.61 on meaning until round 18 read
    # its "fall off a cliff" as "drops sharply", which the Korean says: 0.54 now.
    ("state_space", "state_space.en.vtt", "state_space.ko.vtt", 12, set()),
    ("structured_outputs", "structured_outputs.en.srt", "structured_outputs.ko.srt", 10, set()),
    # Round 17 (FlashAttention, model merging, observability, and prompt_caching, a correct
    # translation full of idioms: 55 "when the rubber meets the road ... the most bang for
    # your buck" -> 실전에서는 ... 가성비가 좋을까요 scores 0.50 on meaning).
    ("flash_attention", "flash_attention.en.vtt", "flash_attention.ko.vtt", 12, set()),
    ("model_merging", "model_merging.en.srt", "model_merging.ko.srt", 11, set()),
    ("observability", "observability.en.vtt", "observability.ko.vtt", 14, set()),
    # prompt_caching 55 was flagged until round 20 set the approved 가성비 aside.
    ("prompt_caching", "prompt_caching.en.srt", "prompt_caching.ko.srt", 0, set()),
    # Round 18 (reinforcement learning with verifiable rewards, text-to-SQL, on-device
    # inference).
    ("grpo", "grpo.en.vtt", "grpo.ko.vtt", 11, set()),
    ("text_to_sql", "text_to_sql.en.srt", "text_to_sql.ko.srt", 13, set()),
    ("on_device", "on_device.en.vtt", "on_device.ko.vtt", 9, set()),
    # Round 19 (positional encodings, evaluating agents, and labeling, a correct translation
    # full of idioms: 18 "that's misleading, because annotators agree by chance too" -> 이건
    # 착시를 일으켜요 scores 0.21 on meaning).
    ("rope", "rope.en.vtt", "rope.ko.vtt", 12, set()),
    ("agent_eval", "agent_eval.en.srt", "agent_eval.ko.srt", 11, set()),
    ("labeling", "labeling.en.vtt", "labeling.ko.vtt", 0, {18}),
    # Round 20 (LoRA, tool calling, and mixed_precision, a correct translation full of
    # idioms, where five cues score low on meaning: 16 언더플로 ... 망가뜨릴 수 있어요
    # 0.35, 20 옵티마이저 스텝 0.48, 21 a free expansion of "it's dynamic", 26 가수 비트
    # (mantissa bits) 0.48, at the threshold, 34 a sentence whose halves sit in other cues
    # than the English's, 63 0.33).
    # lora 17 "No nasty surprises" -> 골치 아픈 돌발 상황이 없는 거죠 scores 0.34 on meaning;
    # tool_calling 21 (every tool definition eats tokens) 0.42.
    ("lora", "lora.en.vtt", "lora.ko.vtt", 17, {17}),
    ("tool_calling", "tool_calling.en.srt", "tool_calling.ko.srt", 17, {21}),
    ("mixed_precision", "mixed_precision.en.vtt", "mixed_precision.ko.vtt", 0,
     {16, 20, 21, 26, 34, 63}),
    # Round 21 (speculative decoding, hallucinations, and human_eval, a correct translation
    # full of idioms whose cues 2, 21, 38 and 40 score 0.23-0.42 on meaning: "Not a
    # landslide, but not a coin flip either" -> 압도적인 차이는 아니지만 ... 반반의 확률도
    # 아닙니다). spec_decoding 6 (staring at a spinner -> 로딩 아이콘만 쳐다보고) 0.40;
    # hallucination 25 0.34.
    ("spec_decoding", "spec_decoding.en.vtt", "spec_decoding.ko.vtt", 16, {6}),
    ("hallucination", "hallucination.en.srt", "hallucination.ko.srt", 16, {25}),
    ("human_eval", "human_eval.en.srt", "human_eval.ko.srt", 0, {2, 21, 38, 40}),
    # Round 22 (rerankers, LLM routing, and watermarking, a correct translation full of
    # idioms whose cues 11 (Kirchenbauer 연구팀의 방식이에요) and 43 (퍼플렉서티나
    # '버스티니스') score 0.51 and 0.24 on meaning). rerankers 18 holds the "never" whose
    # verb, and the dropped negation, sit in cue 19.
    ("rerankers", "rerankers.en.vtt", "rerankers.ko.vtt", 14, {18}),
    ("routing", "routing.en.srt", "routing.ko.srt", 16, set()),
    ("watermarking", "watermarking.en.vtt", "watermarking.ko.vtt", 0, {11, 43}),
    # Round 23 (interpretability, privacy, and continual, a correct translation full of
    # idioms: 아랫돌 빼서 윗돌 괴는 셈, 두 마리 토끼, 새 발의 피).
    ("interpretability", "interpretability.en.vtt", "interpretability.ko.vtt", 11, set()),
    ("privacy", "privacy.en.srt", "privacy.ko.srt", 12, set()),
    ("continual", "continual.en.srt", "continual.ko.srt", 0, set()),
    # Round 24 (GPU economics, multilingual LLMs, and debug_training, a correct translation
    # full of idioms: 조기 경보 장치, 문제를 뒤로 미루지 마세요).
    ("gpu_costs", "gpu_costs.en.vtt", "gpu_costs.ko.vtt", 15, set()),
    ("multilingual", "multilingual.en.srt", "multilingual.ko.srt", 9, set()),
    ("debug_training", "debug_training.en.vtt", "debug_training.ko.vtt", 0, set()),
    # Round 25 (evaluating summaries, context engineering, and licensing, a correct
    # translation full of idioms whose cue 13, "they can't turn around and sue you" -> 나중에
    # 태도를 바꿔서 ... 고소할 수 없어요, scores 0.29 on meaning).
    ("summarization", "summarization.en.vtt", "summarization.ko.vtt", 10, set()),
    ("context_eng", "context_eng.en.srt", "context_eng.ko.srt", 9, set()),
    ("licensing", "licensing.en.vtt", "licensing.ko.vtt", 0, {13}),
    # Round 26 (an AI code reviewer, voice agents, and chunking, a correct translation full
    # of idioms whose cues 6, 34 (the Goldilocks zone said 너무 크지도 작지도 않은 딱 좋은
    # 지점) and 41 (2,048토큰, 그다음 512토큰 ... for "2,048 → 512 → 128") score low on meaning).
    ("code_review", "code_review.en.vtt", "code_review.ko.vtt", 9, set()),
    ("voice_agents", "voice_agents.en.srt", "voice_agents.ko.srt", 12, set()),
    ("chunking", "chunking.en.srt", "chunking.ko.srt", 0, {6, 34, 41}),
    # Round 27 (agent memory, benchmark contamination, reward hacking, batch inference, and
    # doc_parsing, a correct translation whose cue 28, "where they fall apart" -> 맥을 못 춰요,
    # scores 0.50 on meaning). Left flagged on meaning alone: 13 ("longer context is not
    # free" -> 공짜가 아니에요), 37, 20 and 51, correct cues the embedding reads as far.
    ("agent_memory", "agent_memory.en.vtt", "agent_memory.ko.vtt", 12, {13}),
    ("contamination", "contamination.en.srt", "contamination.ko.srt", 15, {37}),
    ("reward_hacking", "reward_hacking.en.vtt", "reward_hacking.ko.vtt", 15, {20}),
    ("batch_inference", "batch_inference.en.vtt", "batch_inference.ko.vtt", 10, {51}),
    ("doc_parsing", "doc_parsing.en.srt", "doc_parsing.ko.srt", 0, {28}),
    # Round 28 (GraphRAG, KV-cache compression, fairness, time series, and model_release, a
    # correct translation whose cue 54 scores 0.49 on meaning).
    ("graph_rag", "graph_rag.en.srt", "graph_rag.ko.srt", 13, set()),
    ("kv_compression", "kv_compression.en.vtt", "kv_compression.ko.vtt", 15, set()),
    ("fairness", "fairness.en.srt", "fairness.ko.srt", 12, set()),
    ("time_series", "time_series.en.vtt", "time_series.ko.vtt", 13, set()),
    ("model_release", "model_release.en.vtt", "model_release.ko.vtt", 0, {54}),
    # Round 29 (embedding drift, MoE routing, agent sandboxes, red teaming, and small_models,
    # a correct translation whose cues 3 (반사적으로 for "first instinct") and 52 score
    # 0.38-0.51 on meaning). moe_routing 3 and red_teaming 62 are correct cues the embedding
    # reads as far.
    ("embedding_drift", "embedding_drift.en.vtt", "embedding_drift.ko.vtt", 13, set()),
    ("moe_routing", "moe_routing.en.srt", "moe_routing.ko.srt", 16, {3}),
    ("agent_sandbox", "agent_sandbox.en.vtt", "agent_sandbox.ko.vtt", 11, set()),
    ("red_teaming", "red_teaming.en.srt", "red_teaming.ko.srt", 11, {62}),
    ("small_models", "small_models.en.srt", "small_models.ko.srt", 0, {3, 52}),
    # Round 30 (prompt injection, LLM labelling, inference hardware, an eval harness, and
    # product_analytics, a correct translation). eval_harness 15 and inference_hardware 24
    # (here's the catch, and it's a big one -> 그것도 아주 큰 함정이요) score low on meaning.
    ("prompt_injection", "prompt_injection.en.vtt", "prompt_injection.ko.vtt", 14, set()),
    ("data_labeling_llm", "data_labeling_llm.en.srt", "data_labeling_llm.ko.srt", 16, set()),
    ("inference_hardware", "inference_hardware.en.vtt", "inference_hardware.ko.vtt", 15,
     {24}),
    ("eval_harness", "eval_harness.en.srt", "eval_harness.ko.srt", 16, {15}),
    ("product_analytics", "product_analytics.en.vtt", "product_analytics.ko.vtt", 0, set()),
    # Round 31 (multi-agent systems, RLHF data, semantic caching, model supply-chain security,
    # and career_talk, a correct fireside chat whose cues 34, 59 (이것저것 두루 할 줄 아는 것
    # for being a generalist) and 63 ("are not." said 드물어요) read as far or as flipped).
    ("multi_agent", "multi_agent.en.srt", "multi_agent.ko.srt", 15, set()),
    ("rlhf_data", "rlhf_data.en.vtt", "rlhf_data.ko.vtt", 14, set()),
    ("caching_semantic", "caching_semantic.en.vtt", "caching_semantic.ko.vtt", 13, set()),
    ("llm_security_supply", "llm_security_supply.en.srt", "llm_security_supply.ko.srt", 8,
     {4}),
    ("career_talk", "career_talk.en.vtt", "career_talk.ko.vtt", 0, {34, 59, 63}),
    # Round 32 (vector database operations, LLM spend, speech to text, guardrails, and
    # open_source_llms, a correct translation whose cues 7, 10 and 26 (a drop in the bucket
    # said 새 발의 피, short beside the English) read as far). The other false alarms are
    # correct cues the embedding reads as far (a catch said 함정, 발목을 잡는 건 돈이 아니라
    # 시간).
    ("vector_db_ops", "vector_db_ops.en.vtt", "vector_db_ops.ko.vtt", 11, {43, 46}),
    ("llm_finops", "llm_finops.en.srt", "llm_finops.ko.srt", 13, {30}),
    ("speech_to_text", "speech_to_text.en.vtt", "speech_to_text.ko.vtt", 13, {28}),
    ("guardrails", "guardrails.en.srt", "guardrails.ko.srt", 10, {7, 36}),
    ("open_source_llms", "open_source_llms.en.vtt", "open_source_llms.ko.vtt", 0, {7, 10, 26}),
    # Round 33 (MCP tools, deduplication, long-document summaries, model compression, and
    # ai_ethics_seminar, a correct translation whose cue 62 scores 0.41 on meaning); the other
    # false alarms are correct cues the embedding reads as far.
    ("agent_tools_mcp", "agent_tools_mcp.en.vtt", "agent_tools_mcp.ko.vtt", 15, {14}),
    ("data_contamination_dedup", "data_contamination_dedup.en.srt",
     "data_contamination_dedup.ko.srt", 11, set()),
    ("long_doc_summarization", "long_doc_summarization.en.vtt", "long_doc_summarization.ko.vtt",
     13, {29, 32, 40}),
    ("model_compression", "model_compression.en.srt", "model_compression.ko.srt", 15, set()),
    ("ai_ethics_seminar", "ai_ethics_seminar.en.vtt", "ai_ethics_seminar.ko.vtt", 0, {62}),
    # Round 34 (retrieval metrics, GPU kernels, AI search UX, federated learning, and
    # team_postmortem, a correct translation whose cues 19 (정말 단 하나도요) and 41 score
    # 0.42-0.58 on meaning); the other false alarms are correct cues read as far.
    ("retrieval_eval_metrics", "retrieval_eval_metrics.en.srt",
     "retrieval_eval_metrics.ko.srt", 11, set()),
    ("gpu_kernels", "gpu_kernels.en.vtt", "gpu_kernels.ko.vtt", 13, {58}),
    ("ai_search_ux", "ai_search_ux.en.vtt", "ai_search_ux.ko.vtt", 10, {35}),
    ("federated_learning", "federated_learning.en.srt", "federated_learning.ko.srt", 10, set()),
    ("team_postmortem", "team_postmortem.en.srt", "team_postmortem.ko.srt", 0, {19, 41}),
    # Round 35 (LLM tracing, instruction-tuning data, mobile LLM apps, the EU AI Act, and
    # hiring_ml_team, a correct translation whose cues 3, 4, 17 (팔방미인 for a generalist)
    # and 54 read as far). ai_regulation 48 says 1,500만 유로 where the English leaves the
    # euros implied; mobile_llm_apps 6 counts 세 가지 the English named a cue before.
    ("llm_observability_tracing", "llm_observability_tracing.en.vtt",
     "llm_observability_tracing.ko.vtt", 11, set()),
    ("instruction_tuning_data", "instruction_tuning_data.en.srt",
     "instruction_tuning_data.ko.srt", 12, set()),
    ("mobile_llm_apps", "mobile_llm_apps.en.vtt", "mobile_llm_apps.ko.vtt", 10, {6}),
    ("ai_regulation", "ai_regulation.en.srt", "ai_regulation.ko.srt", 12, {48}),
    ("hiring_ml_team", "hiring_ml_team.en.vtt", "hiring_ml_team.ko.vtt", 0, {3, 4, 17, 54}),
    # Round 36 (speculative decoding, chunking, serving LoRA adapters, filtering synthetic
    # data, and conference_keynote, a correct translation). speculative_decoding 42 adds
    # "이건 타협의 여지가 없어요" for "full stop" and chunking_strategies 54 is a cue split
    # mid-question: both read as far on meaning alone.
    ("speculative_decoding", "speculative_decoding.en.vtt", "speculative_decoding.ko.vtt",
     13, {42}),
    # (cue 32, "to the question, not the document" said the other way round, has no anchor
    # of either side: 청크 크기를 is what both are said of)
    ("chunking_strategies", "chunking_strategies.en.srt", "chunking_strategies.ko.srt",
     15, {54}),
    ("lora_serving", "lora_serving.en.vtt", "lora_serving.ko.vtt", 16, set()),
    ("synthetic_data_filtering", "synthetic_data_filtering.en.srt",
     "synthetic_data_filtering.ko.srt", 17, set()),
    ("conference_keynote", "conference_keynote.en.vtt", "conference_keynote.ko.vtt", 0, set()),
    # Round 37 (prompt compression, fine-tuning embedding models, data-analysis agents,
    # extraction from scanned documents, and research_podcast, a correct translation whose
    # cues 29 (a quote said at length) and 31 (the low-hanging fruit said 가장 손쉽게 성과를
    # 낼 수 있는 부분) read as far); the other false alarms are correct cues read as far.
    ("prompt_compression", "prompt_compression.en.vtt", "prompt_compression.ko.vtt", 11,
     set()),
    ("embedding_finetuning", "embedding_finetuning.en.srt", "embedding_finetuning.ko.srt", 15,
     {19}),
    ("data_analysis_agents", "data_analysis_agents.en.vtt", "data_analysis_agents.ko.vtt", 13,
     {53}),
    ("document_extraction", "document_extraction.en.srt", "document_extraction.ko.srt", 17,
     set()),
    ("research_podcast", "research_podcast.en.srt", "research_podcast.ko.srt", 0, {29, 31}),
    # Round 38 (A/B testing LLM features, differential privacy, support bots, text to
    # speech, and founder_talk, a correct translation whose cue 5 says "the elephant in the
    # room" as 다들 알면서도 쉽게 꺼내지 않는 얘기); the other false alarms are correct cues
    # read as far ("Not total. Per arm." -> 전체가 아니라 그룹당이에요), and
    # differential_privacy 37 says "once per batch, not once per example" with 노이즈가 in
    # the part the Korean denies.
    ("ab_testing_llm", "ab_testing_llm.en.vtt", "ab_testing_llm.ko.vtt", 16, {27}),
    ("differential_privacy", "differential_privacy.en.srt", "differential_privacy.ko.srt",
     14, {37}),
    ("support_bots", "support_bots.en.vtt", "support_bots.ko.vtt", 14, {49}),
    ("tts_voice", "tts_voice.en.srt", "tts_voice.ko.srt", 13, set()),
    ("founder_talk", "founder_talk.en.vtt", "founder_talk.ko.vtt", 0, {5}),
    # Round 39 (migrating legacy code, LLMs in recommenders, GPU networking, tutoring
    # assistants, and panel_discussion, a correct translation whose cues 27, 46 ("It's not
    # rocket science" said at length) and 52 read as far); llm_recsys 28 ("a rounding error
    # next to one engineer's salary" said 푼돈) reads as short.
    ("code_migration", "code_migration.en.srt", "code_migration.ko.srt", 10, set()),
    ("llm_recsys", "llm_recsys.en.vtt", "llm_recsys.ko.vtt", 13, {28}),
    ("gpu_networking", "gpu_networking.en.srt", "gpu_networking.ko.srt", 10, set()),
    ("ai_tutoring", "ai_tutoring.en.vtt", "ai_tutoring.ko.vtt", 15, set()),
    ("panel_discussion", "panel_discussion.en.srt", "panel_discussion.ko.srt", 0,
     {27, 46, 52}),
    # Round 40 (reviewing contracts with LLMs, KV-cache offloading, evaluating SQL agents,
    # image generation in production, and alumni_fireside, a correct translation whose cue
    # 42 says "hit the nail on the head" as 정곡을 찔렀어요); the other false alarms are
    # correct cues read as far ('lost in the middle' 현상이라고 부르는데).
    ("legal_contracts_llm", "legal_contracts_llm.en.vtt", "legal_contracts_llm.ko.vtt", 11,
     {10, 19}),
    ("kv_offloading", "kv_offloading.en.srt", "kv_offloading.ko.srt", 10, {29}),
    ("sql_agents_eval", "sql_agents_eval.en.vtt", "sql_agents_eval.ko.vtt", 15, {5}),
    ("image_generation_ops", "image_generation_ops.en.srt", "image_generation_ops.ko.srt", 12,
     {15}),
    ("alumni_fireside", "alumni_fireside.en.vtt", "alumni_fireside.ko.vtt", 0, {42}),
    # Round 41 (reasoning budgets, redacting personal data, quantization formats, memory for
    # assistants, and bootcamp_welcome, a correct translation whose cue 30 has its "not" two
    # cues later and cue 9 reads as far); agent_memory_graphs 35 talks of real peanuts, which
    # the idiom list reads as "a small amount of money".
    ("reasoning_budgets", "reasoning_budgets.en.srt", "reasoning_budgets.ko.srt", 13, set()),
    ("pii_redaction", "pii_redaction.en.vtt", "pii_redaction.ko.vtt", 13, set()),
    ("quant_formats", "quant_formats.en.srt", "quant_formats.ko.srt", 12, set()),
    ("agent_memory_graphs", "agent_memory_graphs.en.vtt", "agent_memory_graphs.ko.vtt", 7,
     {15, 17, 35}),
    ("bootcamp_welcome", "bootcamp_welcome.en.srt", "bootcamp_welcome.ko.srt", 0, {9, 30}),
    # Round 42 (pretraining data mixtures, the energy of training and serving, LLMs for game
    # characters, video-language models, and mentor_ama, a correct translation whose cue 20
    # reads as longer than the English); the other false alarms are correct cues read as far
    # (그다음에야, 넷째로 for "And only then, fourth").
    ("data_mixtures", "data_mixtures.en.vtt", "data_mixtures.ko.vtt", 13, {26}),
    ("energy_footprint", "energy_footprint.en.srt", "energy_footprint.ko.srt", 15, {52}),
    ("game_npcs", "game_npcs.en.srt", "game_npcs.ko.srt", 11, {3, 47}),
    ("video_understanding", "video_understanding.en.vtt", "video_understanding.ko.vtt", 13,
     {18}),
    ("mentor_ama", "mentor_ama.en.vtt", "mentor_ama.ko.vtt", 0, {20}),
    # Round 43 (active learning, quantized embeddings, serving at the edge, medical question
    # answering, and investor_pitch, a correct translation whose cues 11, 19, 30 and 40
    # read as far: "Free weights are not free inference" said 가중치가 공짜라고 추론까지
    # 공짜인 건 아니에요); medical_qa 61 (벤치마크는 하한선이지 상한선이 아니라는) too.
    ("active_learning", "active_learning.en.srt", "active_learning.ko.srt", 18, set()),
    ("embedding_quantization", "embedding_quantization.en.vtt",
     "embedding_quantization.ko.vtt", 15, set()),
    ("llm_caching_cdn", "llm_caching_cdn.en.srt", "llm_caching_cdn.ko.srt", 13, set()),
    ("medical_qa", "medical_qa.en.vtt", "medical_qa.ko.vtt", 13, {61}),
    ("investor_pitch", "investor_pitch.en.srt", "investor_pitch.ko.srt", 0, {11, 19, 30, 40}),
    # Round 44 (tokenizer training, long-context evaluation, permissions in RAG, LLMs as
    # rankers, and teaching_award_speech, a correct translation whose cues 5, 8, 13 and 18
    # read as far: 솔직히 계획도 없이 감으로 버티는 기분이었죠); long_context_eval 5 reads
    # as longer than the English.
    ("tokenizer_training", "tokenizer_training.en.vtt", "tokenizer_training.ko.vtt", 18,
     set()),
    ("long_context_eval", "long_context_eval.en.srt", "long_context_eval.ko.srt", 12, {5}),
    ("rag_permissions", "rag_permissions.en.vtt", "rag_permissions.ko.vtt", 15, set()),
    ("llm_for_search_ranking", "llm_for_search_ranking.en.srt",
     "llm_for_search_ranking.ko.srt", 12, set()),
    ("teaching_award_speech", "teaching_award_speech.en.vtt", "teaching_award_speech.ko.vtt",
     0, {5, 8, 13, 18}),
    # Round 45 (OCR-free documents, the cost of evaluation runs, a code assistant's telemetry,
    # sparse attention, and hackathon_kickoff, a correct translation whose cue 36 reads as
    # far); ocr_free_docs 47 and sparse_attention 47 read as far or long too.
    ("ocr_free_docs", "ocr_free_docs.en.srt", "ocr_free_docs.ko.srt", 14, {47}),
    ("llm_batch_eval_costs", "llm_batch_eval_costs.en.vtt", "llm_batch_eval_costs.ko.vtt",
     14, set()),
    ("code_assistant_telemetry", "code_assistant_telemetry.en.srt",
     "code_assistant_telemetry.ko.srt", 14, set()),
    ("sparse_attention", "sparse_attention.en.vtt", "sparse_attention.ko.vtt", 12, {47}),
    ("hackathon_kickoff", "hackathon_kickoff.en.srt", "hackathon_kickoff.ko.srt", 0, {36}),
    # Round 46 (RLAIF, scheduling a GPU cluster, multimodal RAG, forecasting LLM spend, and
    # retirement_reflections, a correct translation); the false alarms left are correct cues
    # read as far (반올림 오차 수준이 아니라요 for "not a rounding error").
    ("rlaif_constitution", "rlaif_constitution.en.vtt", "rlaif_constitution.ko.vtt", 13,
     {57, 62}),
    ("gpu_scheduling", "gpu_scheduling.en.srt", "gpu_scheduling.ko.srt", 12, set()),
    ("multimodal_rag", "multimodal_rag.en.vtt", "multimodal_rag.ko.vtt", 13, {32}),
    ("llm_cost_forecasting", "llm_cost_forecasting.en.srt", "llm_cost_forecasting.ko.srt", 9,
     {15, 43}),
    ("retirement_reflections", "retirement_reflections.en.vtt", "retirement_reflections.ko.vtt",
     0, set()),
    # Round 47 (continuous batching, LLM judges, churn features, two-tower retrieval, and
    # wedding_toast, a correct translation); the false alarms left are cues read as far on
    # meaning alone, and judge_calibration 37, whose figures went to the next cue, wrong there.
    ("paged_batching", "paged_batching.en.vtt", "paged_batching.ko.vtt", 15, set()),
    ("judge_calibration", "judge_calibration.en.srt", "judge_calibration.ko.srt", 14, {32, 37}),
    ("churn_features", "churn_features.en.vtt", "churn_features.ko.vtt", 14, set()),
    ("two_tower", "two_tower.en.srt", "two_tower.ko.srt", 14, {1}),
    ("wedding_toast", "wedding_toast.en.vtt", "wedding_toast.ko.vtt", 0, {34, 44, 53}),
    # Round 48 (versioning data and models, testing LLM apps, speaker diarization, KV-cache
    # quantization, and startup_failure_talk, a correct translation); the false alarms left:
    # a cue read as far on meaning (kv_cache_quant 52) and "For free text" read as "for free"
    # (llm_app_testing 28).
    ("data_versioning", "data_versioning.en.srt", "data_versioning.ko.srt", 12, set()),
    ("llm_app_testing", "llm_app_testing.en.vtt", "llm_app_testing.ko.vtt", 13, {28}),
    ("asr_diarization", "asr_diarization.en.srt", "asr_diarization.ko.srt", 13, set()),
    ("kv_cache_quant", "kv_cache_quant.en.vtt", "kv_cache_quant.ko.vtt", 14, {52}),
    ("startup_failure_talk", "startup_failure_talk.en.srt", "startup_failure_talk.ko.srt", 0,
     set()),
    # Round 49 (cold start in recommenders, FP8 training, agents judged from traces, tables,
    # and conference_closing, a correct translation); the false alarms left: cues read as far
    # on meaning, "keep it under fifteen" said 15분, and doc_qa_tables 35, where a "no" of the
    # previous cue is missed at the end of its Korean sentence (the error is in cue 34).
    ("recsys_cold_start", "recsys_cold_start.en.vtt", "recsys_cold_start.ko.vtt", 13, set()),
    ("fp8_training", "fp8_training.en.srt", "fp8_training.ko.srt", 14, set()),
    ("agent_eval_traces", "agent_eval_traces.en.vtt", "agent_eval_traces.ko.vtt", 13, {22}),
    ("doc_qa_tables", "doc_qa_tables.en.srt", "doc_qa_tables.ko.srt", 10, {35}),
    ("conference_closing", "conference_closing.en.vtt", "conference_closing.ko.vtt", 0,
     {1, 8, 15}),
    # Round 50 (guardrails within a latency budget, synthetic evaluation sets, serving MoE
    # models, a fresh RAG index, and team_offsite_speech, a correct translation); the false
    # alarms left are cues read as far on meaning, or longer than the lecture's usual Korean.
    ("guardrail_latency", "guardrail_latency.en.srt", "guardrail_latency.ko.srt", 15, set()),
    ("synthetic_eval_sets", "synthetic_eval_sets.en.vtt", "synthetic_eval_sets.ko.vtt", 12,
     set()),
    ("moe_inference", "moe_inference.en.srt", "moe_inference.ko.srt", 11, set()),
    ("rag_freshness", "rag_freshness.en.vtt", "rag_freshness.ko.vtt", 14, {5, 14, 36}),
    ("team_offsite_speech", "team_offsite_speech.en.srt", "team_offsite_speech.ko.srt", 0,
     {12}),
    # Round 51 (vision-language models on documents, LLM pricing tiers, sharding a retrieval
    # index, small safety classifiers, and phd_defense_thanks, a correct translation whose
    # warm, personal thanks still read as far on meaning).
    ("vision_ocr_eval", "vision_ocr_eval.en.vtt", "vision_ocr_eval.ko.vtt", 11, set()),
    ("llm_pricing_tiers", "llm_pricing_tiers.en.srt", "llm_pricing_tiers.ko.srt", 13, {54}),
    ("retrieval_sharding", "retrieval_sharding.en.vtt", "retrieval_sharding.ko.vtt", 13, {50}),
    ("safety_classifiers", "safety_classifiers.en.srt", "safety_classifiers.ko.srt", 13, set()),
    # (54, 55 and 57 thank a partner in 반말, which reads as 반말 said to the audience)
    ("phd_defense_thanks", "phd_defense_thanks.en.vtt", "phd_defense_thanks.ko.vtt", 0,
     {15, 17, 19, 20, 28, 40, 43, 49, 54, 55, 57, 60}),
    # Round 52 (checkpointing long training runs, triaging support email with an LLM,
    # curriculum in pretraining, choosing an embedding model, and commencement_speech, a
    # correct translation).
    ("checkpoint_recovery", "checkpoint_recovery.en.vtt", "checkpoint_recovery.ko.vtt", 14,
     set()),
    ("email_triage_llm", "email_triage_llm.en.srt", "email_triage_llm.ko.srt", 16, {64}),
    ("curriculum_pretraining", "curriculum_pretraining.en.vtt",
     "curriculum_pretraining.ko.vtt", 13, set()),
    ("embedding_benchmarks", "embedding_benchmarks.en.srt", "embedding_benchmarks.ko.srt", 10,
     {14, 28, 38}),
    ("commencement_speech", "commencement_speech.en.vtt", "commencement_speech.ko.vtt", 0,
     {62}),
    # Round 53 (LLM serving on Kubernetes, citations in RAG answers, GPU out-of-memory
    # errors, LLM features for classical models, and farewell_manager, a correct translation).
    ("k8s_autoscaling", "k8s_autoscaling.en.vtt", "k8s_autoscaling.ko.vtt", 14, set()),
    ("citation_attribution", "citation_attribution.en.srt", "citation_attribution.ko.srt", 15,
     set()),
    ("oom_debugging", "oom_debugging.en.vtt", "oom_debugging.ko.vtt", 16, set()),
    ("llm_tabular_features", "llm_tabular_features.en.srt", "llm_tabular_features.ko.srt", 18,
     set()),
    ("farewell_manager", "farewell_manager.en.srt", "farewell_manager.ko.srt", 0, {10, 11}),
    # Round 54 (speech-to-speech translation, GPU capacity planning, small models on
    # synthetic textbooks, SLOs for LLM services, and launch_party, a correct toast).
    ("s2st_eval", "s2st_eval.en.srt", "s2st_eval.ko.srt", 12, set()),
    ("capacity_planning", "capacity_planning.en.vtt", "capacity_planning.ko.vtt", 11, {8}),
    ("synthetic_textbooks", "synthetic_textbooks.en.srt", "synthetic_textbooks.ko.srt", 12,
     set()),
    ("llm_slo_alerting", "llm_slo_alerting.en.vtt", "llm_slo_alerting.ko.vtt", 10, set()),
    ("launch_party", "launch_party.en.vtt", "launch_party.ko.vtt", 0, {29, 32, 40, 49, 55}),
    # Round 55 (reranking against latency, model cards, DPO against PPO, quantized ASR on the
    # edge, and mentor_thanks, a correct thank-you speech).
    ("rag_reranking_latency", "rag_reranking_latency.en.vtt", "rag_reranking_latency.ko.vtt",
     11, {3}),
    ("model_cards_docs", "model_cards_docs.en.srt", "model_cards_docs.ko.srt", 15, {52}),
    ("dpo_vs_ppo", "dpo_vs_ppo.en.vtt", "dpo_vs_ppo.ko.vtt", 12, {9, 30}),
    ("edge_quantized_asr", "edge_quantized_asr.en.srt", "edge_quantized_asr.ko.srt", 12, set()),
    ("mentor_thanks", "mentor_thanks.en.srt", "mentor_thanks.ko.srt", 0, {28, 29}),
    # Round 56 (KV cache eviction, customer data privacy in fine-tuning, VLMs reading charts,
    # cost caps for agents, and intern_welcome, a correct welcome talk).
    ("kv_cache_eviction", "kv_cache_eviction.en.srt", "kv_cache_eviction.ko.srt", 15, set()),
    ("llm_data_privacy", "llm_data_privacy.en.vtt", "llm_data_privacy.ko.vtt", 11, {32, 35}),
    ("vlm_chart_reading", "vlm_chart_reading.en.srt", "vlm_chart_reading.ko.srt", 12, set()),
    ("agent_cost_control", "agent_cost_control.en.vtt", "agent_cost_control.ko.vtt", 13,
     set()),
    ("intern_welcome", "intern_welcome.en.vtt", "intern_welcome.ko.vtt", 0, {14, 22, 50}),
    # Round 57 (tokens per language and their cost, gradient accumulation, an incident
    # review, JSON schemas for function calling, and volunteer_award, a correct speech).
    ("tokenizer_multilingual_cost", "tokenizer_multilingual_cost.en.vtt",
     "tokenizer_multilingual_cost.ko.vtt", 12, set()),
    ("gradient_accumulation", "gradient_accumulation.en.srt", "gradient_accumulation.ko.srt",
     10, set()),
    ("llm_incident_review", "llm_incident_review.en.vtt", "llm_incident_review.ko.vtt", 14,
     {34}),
    ("function_calling_schemas", "function_calling_schemas.en.srt",
     "function_calling_schemas.ko.srt", 16, set()),
    ("volunteer_award", "volunteer_award.en.vtt", "volunteer_award.ko.vtt", 0, {32, 52}),
    # Round 58 (LoRA rank and alpha, sampling settings in evaluation, rebuilding a vector
    # index, punctuation for ASR, and makerspace_opening, a correct speech).
    # (14: cue 14's "halves ... drops" said 올라가요 is read with cue 13's "double the rank",
    # a rise, so the widened pair says both ways)
    ("lora_rank_selection", "lora_rank_selection.en.srt", "lora_rank_selection.ko.srt", 14,
     {60}),
    ("llm_eval_sampling", "llm_eval_sampling.en.vtt", "llm_eval_sampling.ko.vtt", 16, {56}),
    ("vector_index_rebuilds", "vector_index_rebuilds.en.vtt", "vector_index_rebuilds.ko.vtt",
     14, {19}),
    ("asr_punctuation", "asr_punctuation.en.srt", "asr_punctuation.ko.srt", 13, set()),
    ("makerspace_opening", "makerspace_opening.en.srt", "makerspace_opening.ko.srt", 0,
     {23, 34, 55, 56, 60}),
    # Round 59 (training a reward model, routing between small and large models, invoices
    # through OCR and an LLM, GPU memory profiling, and hackathon_awards, a correct speech).
    ("reward_model_training", "reward_model_training.en.vtt", "reward_model_training.ko.vtt",
     16, {54}),
    ("llm_routing_costs", "llm_routing_costs.en.srt", "llm_routing_costs.ko.srt", 13, set()),
    ("ocr_invoice_pipeline", "ocr_invoice_pipeline.en.vtt", "ocr_invoice_pipeline.ko.vtt", 16,
     set()),
    ("gpu_memory_profiling", "gpu_memory_profiling.en.srt", "gpu_memory_profiling.ko.srt", 15,
     set()),
    ("hackathon_awards", "hackathon_awards.en.vtt", "hackathon_awards.ko.vtt", 0, {12, 18, 57}),
    # Round 60 (budgeting a context window, the costs of distillation, benchmark leakage,
    # latency budgets for voice assistants, and library_retirement, a correct speech).
    ("context_window_budgeting", "context_window_budgeting.en.vtt",
     "context_window_budgeting.ko.vtt", 14, {54}),
    ("model_distillation_costs", "model_distillation_costs.en.srt",
     "model_distillation_costs.ko.srt", 13, set()),
    ("eval_dataset_leakage", "eval_dataset_leakage.en.vtt", "eval_dataset_leakage.ko.vtt", 12,
     {25}),
    ("speech_latency_budget", "speech_latency_budget.en.srt", "speech_latency_budget.ko.srt",
     12, set()),
    ("library_retirement", "library_retirement.en.vtt", "library_retirement.ko.vtt", 0,
     {12, 48}),
    # Round 61 (load balancing in mixtures of experts, LLMs triaging logs, tokenizer
    # vocabulary size, filters with vector search, and team_anniversary, a correct speech).
    # (cue 30, "divided by the number of experts, times the capacity factor" said the other
    # way round, was caught only while "times" was not read as multiplying)
    ("moe_load_balancing", "moe_load_balancing.en.srt", "moe_load_balancing.ko.srt", 11,
     {5, 16, 25}),
    ("llm_log_analysis", "llm_log_analysis.en.vtt", "llm_log_analysis.ko.vtt", 14, set()),
    ("tokenizer_vocab_size", "tokenizer_vocab_size.en.vtt", "tokenizer_vocab_size.ko.vtt", 14,
     {13}),
    ("semantic_search_filters", "semantic_search_filters.en.srt",
     "semantic_search_filters.ko.srt", 13, set()),
    ("team_anniversary", "team_anniversary.en.srt", "team_anniversary.ko.srt", 0, {34}),
    # Round 62 (chunk size and overlap, autoscaling inference, tuning refusals, evaluating
    # across languages, and coach_farewell, a correct speech).
    ("rag_chunk_overlap", "rag_chunk_overlap.en.vtt", "rag_chunk_overlap.ko.vtt", 12, {14}),
    ("inference_autoscaling", "inference_autoscaling.en.srt", "inference_autoscaling.ko.srt",
     13, {60}),
    ("safety_refusal_tuning", "safety_refusal_tuning.en.vtt", "safety_refusal_tuning.ko.vtt",
     12, {29}),
    ("multilingual_eval", "multilingual_eval.en.srt", "multilingual_eval.ko.srt", 11, {56}),
    ("coach_farewell", "coach_farewell.en.vtt", "coach_farewell.ko.vtt", 0, {5, 16, 36, 40}),
    # Round 63 (versioning prompts, decoding strategies, near-duplicate removal, learning-rate
    # schedules, and choir_concert_thanks, a correct speech).
    ("prompt_versioning", "prompt_versioning.en.vtt", "prompt_versioning.ko.vtt", 15, set()),
    ("beam_search_decoding", "beam_search_decoding.en.srt", "beam_search_decoding.ko.srt",
     16, set()),
    ("data_dedup_pipeline", "data_dedup_pipeline.en.vtt", "data_dedup_pipeline.ko.vtt",
     14, set()),
    ("lr_warmup_schedules", "lr_warmup_schedules.en.srt", "lr_warmup_schedules.ko.srt",
     16, set()),
    ("choir_concert_thanks", "choir_concert_thanks.en.vtt", "choir_concert_thanks.ko.vtt", 0,
     {10, 33, 36, 37, 51}),
    # Round 64 (choosing an embedding model, judge bias, quantization-aware training, agent
    # retries, and bakery_tenth_birthday, a correct speech).
    ("embedding_model_choice", "embedding_model_choice.en.srt", "embedding_model_choice.ko.srt",
     15, set()),
    ("llm_judge_bias", "llm_judge_bias.en.vtt", "llm_judge_bias.ko.vtt", 14, {39, 46, 54}),
    ("quantization_aware_training", "quantization_aware_training.en.srt",
     "quantization_aware_training.ko.srt", 12, set()),
    ("agent_retry_policies", "agent_retry_policies.en.vtt", "agent_retry_policies.ko.vtt", 13,
     {39}),
    ("bakery_tenth_birthday", "bakery_tenth_birthday.en.srt", "bakery_tenth_birthday.ko.srt", 0,
     {5, 23, 54}),
    # Round 65 (speculative sampling's numbers, backfilling data pipelines, defences against
    # prompt injection, canary releases, and garden_club_centennial, a correct speech).
    ("speculative_sampling_math", "speculative_sampling_math.en.vtt",
     "speculative_sampling_math.ko.vtt", 16, {2}),
    ("data_pipeline_backfills", "data_pipeline_backfills.en.srt",
     "data_pipeline_backfills.ko.srt", 12, set()),
    ("prompt_injection_defenses", "prompt_injection_defenses.en.vtt",
     "prompt_injection_defenses.ko.vtt", 15, set()),
    ("model_serving_canaries", "model_serving_canaries.en.srt", "model_serving_canaries.ko.srt",
     15, {56}),
    ("garden_club_centennial", "garden_club_centennial.en.vtt", "garden_club_centennial.ko.vtt",
     0, {12, 14, 54}),
    # Round 66 (sizing the KV cache, query rewriting, BPE merges, attributing API costs, and
    # science_fair_judges, a correct speech).
    ("kv_cache_sizing", "kv_cache_sizing.en.srt", "kv_cache_sizing.ko.srt", 13, {9}),
    ("rag_query_rewriting", "rag_query_rewriting.en.vtt", "rag_query_rewriting.ko.vtt", 16,
     set()),
    ("tokenizer_merges_bpe", "tokenizer_merges_bpe.en.srt", "tokenizer_merges_bpe.ko.srt", 14,
     set()),
    ("llm_cost_attribution", "llm_cost_attribution.en.vtt", "llm_cost_attribution.ko.vtt", 12,
     set()),
    ("science_fair_judges", "science_fair_judges.en.srt", "science_fair_judges.ko.srt", 0,
     set()),
    # Round 67 (contrastive learning, a release checklist, mixing instruction data, training on
    # spot GPUs, and firefighter_retirement, a correct speech).
    ("contrastive_learning", "contrastive_learning.en.vtt", "contrastive_learning.ko.vtt", 15,
     {10, 24}),
    ("llm_release_checklist", "llm_release_checklist.en.srt", "llm_release_checklist.ko.srt",
     14, set()),
    ("sft_data_mixing", "sft_data_mixing.en.vtt", "sft_data_mixing.ko.vtt", 16, set()),
    ("gpu_spot_instances", "gpu_spot_instances.en.srt", "gpu_spot_instances.ko.srt", 11, {53}),
    ("firefighter_retirement", "firefighter_retirement.en.vtt", "firefighter_retirement.ko.vtt",
     0, {5, 28}),
    # Round 68 (refreshing embedding caches, agent planning loops, grading rubrics, and
    # nurse_graduation, a correct speech).
    ("embedding_cache_invalidation", "embedding_cache_invalidation.en.srt",
     "embedding_cache_invalidation.ko.srt", 11, set()),
    ("agent_planning_loops", "agent_planning_loops.en.vtt", "agent_planning_loops.ko.vtt", 14,
     {25, 38, 59}),
    ("eval_rubric_design", "eval_rubric_design.en.srt", "eval_rubric_design.ko.srt", 13,
     {23, 47}),
    ("nurse_graduation", "nurse_graduation.en.vtt", "nurse_graduation.ko.vtt", 0, {33, 38}),
    # Round 69 (regression gates for evals, expert parallelism, hybrid BM25 retrieval,
    # streaming output, and lifeguard_season_close, a correct speech: 3 "Sunburned,
    # exhausted, and still standing" and 16 "for the four-hundredth time" score 0.45 and 0.41
    # on meaning).
    ("eval_regression_gates", "eval_regression_gates.en.srt", "eval_regression_gates.ko.srt",
     12, set()),
    ("expert_parallelism", "expert_parallelism.en.vtt", "expert_parallelism.ko.vtt", 15, set()),
    ("hybrid_bm25_retrieval", "hybrid_bm25_retrieval.en.srt", "hybrid_bm25_retrieval.ko.srt",
     14, set()),
    ("streaming_token_ux", "streaming_token_ux.en.vtt", "streaming_token_ux.ko.vtt", 16, set()),
    ("lifeguard_season_close", "lifeguard_season_close.en.vtt", "lifeguard_season_close.ko.vtt",
     0, {3, 16}),
    # Round 70 (head pruning, licence audits, whose first scan crashed on 이틀에서 나흘 for
    # "two and four hours", provider fallback chains, Matryoshka embeddings, and
    # orchestra_conductor_farewell, a correct speech: five idiomatic cues score 0.13-0.52 on
    # meaning, 41's "no model ... has" is denied two cues later, and 47 says "a hundred"
    # as 100퍼센트).
    ("attention_head_pruning", "attention_head_pruning.en.vtt", "attention_head_pruning.ko.vtt",
     16, set()),
    ("dataset_license_audit", "dataset_license_audit.en.srt", "dataset_license_audit.ko.srt",
     12, {59}),
    ("llm_fallback_chains", "llm_fallback_chains.en.srt", "llm_fallback_chains.ko.srt", 17,
     set()),
    ("matryoshka_embeddings", "matryoshka_embeddings.en.vtt", "matryoshka_embeddings.ko.vtt", 13,
     {15, 39}),
    ("orchestra_conductor_farewell", "orchestra_conductor_farewell.en.srt",
     "orchestra_conductor_farewell.ko.srt", 0, {16, 25, 28, 41, 43, 47}),
    # Rounds 71-72 (reward hacking, prompt-caching prices, gradient checkpointing, JSON
    # grammars, needle-in-a-haystack tests, tool-schema drift, translationese, autoscaling
    # queues; ferry_captain_last_voyage and bookshop_closing_night are correct speeches whose
    # flags left are on meaning alone, bar the ferry's "forty minutes ... forty years" split
    # across two cues).
    ("reward_hacking_detection", "reward_hacking_detection.en.vtt",
     "reward_hacking_detection.ko.vtt", 14, set()),
    ("prompt_caching_pricing", "prompt_caching_pricing.en.srt", "prompt_caching_pricing.ko.srt",
     10, set()),
    ("gradient_checkpointing", "gradient_checkpointing.en.srt", "gradient_checkpointing.ko.srt",
     10, set()),
    ("structured_output_grammars", "structured_output_grammars.en.vtt",
     "structured_output_grammars.ko.vtt", 12, {20, 58}),
    ("ferry_captain_last_voyage", "ferry_captain_last_voyage.en.srt",
     "ferry_captain_last_voyage.ko.srt", 0, {8, 44, 54}),
    ("long_context_needle_tests", "long_context_needle_tests.en.srt",
     "long_context_needle_tests.ko.srt", 11, set()),
    ("tool_call_schema_drift", "tool_call_schema_drift.en.vtt", "tool_call_schema_drift.ko.vtt",
     10, {29, 43}),
    ("multilingual_eval_translationese", "multilingual_eval_translationese.en.srt",
     "multilingual_eval_translationese.ko.srt", 10, set()),
    ("inference_autoscaling_queues", "inference_autoscaling_queues.en.vtt",
     "inference_autoscaling_queues.ko.vtt", 8, set()),
    ("bookshop_closing_night", "bookshop_closing_night.en.vtt", "bookshop_closing_night.ko.vtt",
     0, {14, 24, 25, 32, 50}),
    # Round 73 (batch-inference costs, tables in RAG chunks, eval variance across seeds,
    # reranker latency, safety-classifier thresholds, vector-index sharding;
    # kids_robotics_club_finale and retiring_nurse_tribute are correct speeches whose flags
    # left are on meaning alone, bar the nurse's "eats your dollar" said 1달러).
    ("batch_inference_costs", "batch_inference_costs.en.srt", "batch_inference_costs.ko.srt",
     12, {39}),
    ("document_chunking_tables", "document_chunking_tables.en.srt",
     "document_chunking_tables.ko.srt", 14, {19, 37, 51}),
    ("kids_robotics_club_finale", "kids_robotics_club_finale.en.vtt",
     "kids_robotics_club_finale.ko.vtt", 0, {5, 31, 48}),
    ("llm_eval_sampling_variance", "llm_eval_sampling_variance.en.vtt",
     "llm_eval_sampling_variance.ko.vtt", 12, set()),
    ("reranker_latency_tradeoffs", "reranker_latency_tradeoffs.en.vtt",
     "reranker_latency_tradeoffs.ko.vtt", 14, set()),
    ("retiring_nurse_tribute", "retiring_nurse_tribute.en.srt", "retiring_nurse_tribute.ko.srt",
     0, {10, 12, 16}),
    ("safety_classifier_thresholds", "safety_classifier_thresholds.en.vtt",
     "safety_classifier_thresholds.ko.vtt", 12, {29, 42}),
    ("vector_index_sharding", "vector_index_sharding.en.srt", "vector_index_sharding.ko.srt",
     13, {15}),
    # Round 74 (data-loader throughput, embedding dimension reduction, grouped-query
    # attention, LLM load testing, prompt rollouts behind flags, synthetic preference pairs;
    # marathon_volunteers_thanks and school_principal_farewell are correct speeches whose
    # flags left are on meaning alone).
    ("dataloader_throughput", "dataloader_throughput.en.vtt", "dataloader_throughput.ko.vtt",
     11, {54}),
    ("embedding_dim_reduction", "embedding_dim_reduction.en.vtt",
     "embedding_dim_reduction.ko.vtt", 16, {22}),
    ("grouped_query_attention", "grouped_query_attention.en.vtt",
     "grouped_query_attention.ko.vtt", 13, set()),
    ("llm_load_testing", "llm_load_testing.en.srt", "llm_load_testing.ko.srt", 14, {56}),
    ("marathon_volunteers_thanks", "marathon_volunteers_thanks.en.vtt",
     "marathon_volunteers_thanks.ko.vtt", 0, {34, 50}),
    ("prompt_rollout_flags", "prompt_rollout_flags.en.srt", "prompt_rollout_flags.ko.srt",
     13, {29}),
    ("school_principal_farewell", "school_principal_farewell.en.srt",
     "school_principal_farewell.ko.srt", 0, {31, 56}),
    ("synthetic_preference_pairs", "synthetic_preference_pairs.en.srt",
     "synthetic_preference_pairs.ko.srt", 14, set()),
    # Round 75 (vLLM's paged KV cache, benchmark contamination audits, tool-use latency,
    # reward-model ensembles, ONNX/TensorRT export, RAG citation evaluation;
    # bus_driver_retirement and community_garden_harvest are correct speeches whose flags
    # left are on meaning alone).
    ("bus_driver_retirement", "bus_driver_retirement.en.vtt", "bus_driver_retirement.ko.vtt",
     0, {18, 28, 54}),
    ("community_garden_harvest", "community_garden_harvest.en.srt",
     "community_garden_harvest.ko.srt", 0, {2, 11, 42, 47, 49, 53}),
    ("eval_contamination_audit", "eval_contamination_audit.en.vtt",
     "eval_contamination_audit.ko.vtt", 13, {36}),
    ("kv_cache_paging_vllm", "kv_cache_paging_vllm.en.srt", "kv_cache_paging_vllm.ko.srt",
     14, set()),
    ("onnx_export_pitfalls", "onnx_export_pitfalls.en.srt", "onnx_export_pitfalls.ko.srt",
     15, set()),
    ("rag_citation_eval", "rag_citation_eval.en.vtt", "rag_citation_eval.ko.vtt", 16, set()),
    ("reward_model_ensembles", "reward_model_ensembles.en.vtt", "reward_model_ensembles.ko.vtt",
     13, {20}),
    ("tool_use_latency", "tool_use_latency.en.srt", "tool_use_latency.ko.srt", 14, set()),
    # Round 76 (agent memory compaction, retrieval drift after an embedding swap, budgeting a
    # fine-tune, reading leaderboards, MoE expert capacity, draft models for speculative
    # decoding; swim_coach_farewell and theater_director_closing are correct speeches whose
    # flags left are on meaning alone).
    ("agent_memory_compaction", "agent_memory_compaction.en.srt",
     "agent_memory_compaction.ko.srt", 15, set()),
    ("embedding_retrieval_drift", "embedding_retrieval_drift.en.vtt",
     "embedding_retrieval_drift.ko.vtt", 14, set()),
    ("fine_tuning_data_budget", "fine_tuning_data_budget.en.vtt",
     "fine_tuning_data_budget.ko.vtt", 15, set()),
    ("llm_eval_leaderboards", "llm_eval_leaderboards.en.srt", "llm_eval_leaderboards.ko.srt",
     17, {32}),
    ("moe_expert_capacity", "moe_expert_capacity.en.vtt", "moe_expert_capacity.ko.vtt",
     13, {31}),
    ("speculative_decoding_drafts", "speculative_decoding_drafts.en.srt",
     "speculative_decoding_drafts.ko.srt", 13, set()),
    ("swim_coach_farewell", "swim_coach_farewell.en.srt", "swim_coach_farewell.ko.srt",
     0, {26, 55}),
    ("theater_director_closing", "theater_director_closing.en.vtt",
     "theater_director_closing.ko.vtt", 0, {26, 37, 51, 52}),
    # Round 77 (GPU cluster failures, A/B-test power, LoRA merging, pretraining-data
    # filters, prompt-injection evals, a RAG latency budget; food_bank_volunteer_night and
    # librarian_award_speech are correct speeches: their flags left are on meaning, bar
    # "hardly a library at all" said 도서관이라고 부르기도 민망했어요).
    ("food_bank_volunteer_night", "food_bank_volunteer_night.en.vtt",
     "food_bank_volunteer_night.ko.vtt", 0, {39, 62}),
    ("gpu_cluster_failures", "gpu_cluster_failures.en.srt", "gpu_cluster_failures.ko.srt",
     11, set()),
    ("librarian_award_speech", "librarian_award_speech.en.srt",
     "librarian_award_speech.ko.srt", 0, {12, 47, 62}),
    ("llm_ab_test_power", "llm_ab_test_power.en.vtt", "llm_ab_test_power.ko.vtt", 12, set()),
    ("lora_merging_adapters", "lora_merging_adapters.en.srt", "lora_merging_adapters.ko.srt",
     14, {48}),
    ("pretraining_data_filters", "pretraining_data_filters.en.srt",
     "pretraining_data_filters.ko.srt", 11, set()),
    ("prompt_injection_evals", "prompt_injection_evals.en.vtt", "prompt_injection_evals.ko.vtt",
     14, {53}),
    ("rag_latency_budget", "rag_latency_budget.en.vtt", "rag_latency_budget.ko.vtt", 15, set()),
    # Round 78 (activation recomputation, continued pretraining on a legal corpus, hard
    # negatives, routing between a small and a large model, MT metrics, vector-DB
    # sharding; crossing_guard_thanks and fire_station_open_house are correct speeches
    # whose flags left are all on meaning).
    ("activation_recompute_tradeoffs", "activation_recompute_tradeoffs.en.vtt",
     "activation_recompute_tradeoffs.ko.vtt", 14, set()),
    ("crossing_guard_thanks", "crossing_guard_thanks.en.srt", "crossing_guard_thanks.ko.srt",
     0, {4, 32, 50, 52, 54}),
    ("domain_adaptive_pretraining", "domain_adaptive_pretraining.en.srt",
     "domain_adaptive_pretraining.ko.srt", 14, {49}),
    ("fire_station_open_house", "fire_station_open_house.en.srt",
     "fire_station_open_house.ko.srt", 0, {4, 37}),
    ("hard_negative_mining", "hard_negative_mining.en.vtt", "hard_negative_mining.ko.vtt",
     13, {47, 52, 62}),
    ("model_router_costs", "model_router_costs.en.srt", "model_router_costs.ko.srt", 15, {50}),
    ("mt_quality_metrics", "mt_quality_metrics.en.vtt", "mt_quality_metrics.ko.vtt", 14,
     {17, 57}),
    ("vector_db_sharding", "vector_db_sharding.en.srt", "vector_db_sharding.ko.srt", 14, set()),
    # Round 79 (batch size and learning rate, CLIP image search, an LLM API incident,
    # semantic caching, noisy preference labels, time-series foundation models;
    # beekeeper_club_toast and county_fair_closing are correct speeches whose flags left are
    # on meaning, bar an attendance forecast said 2만 8천 명).
    ("batch_size_lr_scaling", "batch_size_lr_scaling.en.srt", "batch_size_lr_scaling.ko.srt",
     16, {23}),
    ("beekeeper_club_toast", "beekeeper_club_toast.en.vtt", "beekeeper_club_toast.ko.vtt", 0,
     {12, 42, 55}),
    ("clip_image_search", "clip_image_search.en.srt", "clip_image_search.ko.srt", 13,
     {20, 26, 39, 62}),
    ("county_fair_closing", "county_fair_closing.en.srt", "county_fair_closing.ko.srt", 0,
     {16, 17, 19, 26}),
    ("llm_api_incident_response", "llm_api_incident_response.en.vtt",
     "llm_api_incident_response.ko.vtt", 14, {5, 14, 18, 44}),
    ("llm_semantic_cache", "llm_semantic_cache.en.vtt", "llm_semantic_cache.ko.vtt", 11, {44}),
    ("rlhf_preference_noise", "rlhf_preference_noise.en.vtt", "rlhf_preference_noise.ko.vtt",
     14, {2, 27, 45, 57}),
    ("timeseries_foundation_models", "timeseries_foundation_models.en.srt",
     "timeseries_foundation_models.ko.srt", 14, {26}),
    # Round 80 (tool permissions for agents, content-moderation classifiers, llama.cpp on
    # CPUs, map-reduce summaries, model soups, ranking metrics; harbor_festival_welcome and
    # museum_volunteer_gala are correct speeches whose flags left are on meaning).
    ("agent_tool_permissions", "agent_tool_permissions.en.vtt",
     "agent_tool_permissions.ko.vtt", 13, set()),
    ("content_moderation_classifiers", "content_moderation_classifiers.en.srt",
     "content_moderation_classifiers.ko.srt", 11, {36, 43, 47}),
    ("cpu_inference_llamacpp", "cpu_inference_llamacpp.en.vtt", "cpu_inference_llamacpp.ko.vtt",
     14, {36, 51, 54, 62}),
    ("harbor_festival_welcome", "harbor_festival_welcome.en.srt",
     "harbor_festival_welcome.ko.srt", 0, {10, 36}),
    ("map_reduce_summaries", "map_reduce_summaries.en.srt", "map_reduce_summaries.ko.srt", 17,
     {28}),
    ("model_merging_soups", "model_merging_soups.en.vtt", "model_merging_soups.ko.vtt", 13,
     {47}),
    ("museum_volunteer_gala", "museum_volunteer_gala.en.vtt", "museum_volunteer_gala.ko.vtt", 0,
     {27, 40, 54}),
    ("ranking_metrics_ndcg", "ranking_metrics_ndcg.en.srt", "ranking_metrics_ndcg.ko.srt", 12,
     {2, 5, 6, 28, 41, 43, 47, 55}),
    # Round 81 (sliding-window attention, LLM-written unit tests, dataset cards, similarity
    # thresholds, cost per token, continuous batching; chess_club_anniversary and
    # lighthouse_keeper_farewell are correct speeches whose flags left are on meaning).
    ("chess_club_anniversary", "chess_club_anniversary.en.srt", "chess_club_anniversary.ko.srt",
     0, {21, 45, 57}),
    ("continuous_batching_schedulers", "continuous_batching_schedulers.en.vtt",
     "continuous_batching_schedulers.ko.vtt", 13, set()),
    # (23: "the retrieval timestamp" said 수집 시각 reads as a list item left out)
    ("dataset_cards_provenance", "dataset_cards_provenance.en.vtt",
     "dataset_cards_provenance.ko.vtt", 11, {23}),
    ("embedding_similarity_thresholds", "embedding_similarity_thresholds.en.vtt",
     "embedding_similarity_thresholds.ko.vtt", 14, set()),
    ("lighthouse_keeper_farewell", "lighthouse_keeper_farewell.en.vtt",
     "lighthouse_keeper_farewell.ko.vtt", 0, {25, 29, 33, 36}),
    ("llm_unit_test_generation", "llm_unit_test_generation.en.srt",
     "llm_unit_test_generation.ko.srt", 13, {8, 24}),
    ("sliding_window_attention", "sliding_window_attention.en.vtt",
     "sliding_window_attention.ko.vtt", 13, set()),
    ("token_cost_math", "token_cost_math.en.srt", "token_cost_math.ko.srt", 15, set()),
    # Round 82 (annotation guidelines, browser agents, chat templates, GPU power, query
    # expansion, tensor-parallel communication; rowing_club_regatta_dinner and
    # village_fete_opening are correct speeches whose flags left are mostly on meaning).
    ("annotation_guidelines_agreement", "annotation_guidelines_agreement.en.srt",
     "annotation_guidelines_agreement.ko.srt", 14, {17, 22}),
    ("browser_automation_agents", "browser_automation_agents.en.vtt",
     "browser_automation_agents.ko.vtt", 9, {22, 46}),
    ("chat_templates_special_tokens", "chat_templates_special_tokens.en.vtt",
     "chat_templates_special_tokens.ko.vtt", 11, set()),
    ("gpu_power_thermals", "gpu_power_thermals.en.vtt", "gpu_power_thermals.ko.vtt", 11, set()),
    ("retrieval_query_expansion", "retrieval_query_expansion.en.srt",
     "retrieval_query_expansion.ko.srt", 15, set()),
    ("rowing_club_regatta_dinner", "rowing_club_regatta_dinner.en.srt",
     "rowing_club_regatta_dinner.ko.srt", 0, {6, 12, 17, 31, 33, 52}),
    ("tensor_parallel_comm", "tensor_parallel_comm.en.vtt", "tensor_parallel_comm.ko.vtt", 14,
     set()),
    ("village_fete_opening", "village_fete_opening.en.vtt", "village_fete_opening.ko.vtt", 0,
     {18, 23, 24, 37, 59}),
    # Round 83 (sharded checkpoints, embedding distillation, structured extraction, Triton
    # kernels, system-prompt canaries, long context against RAG; allotment_society_awards
    # and school_reunion_toast are correct speeches whose flags left are on meaning).
    ("allotment_society_awards", "allotment_society_awards.en.vtt",
     "allotment_society_awards.ko.vtt", 0, {25, 31, 41, 46}),
    ("embedding_model_distillation", "embedding_model_distillation.en.srt",
     "embedding_model_distillation.ko.srt", 11, {8}),
    ("long_context_vs_rag_vs_finetune", "long_context_vs_rag_vs_finetune.en.vtt",
     "long_context_vs_rag_vs_finetune.ko.vtt", 13, set()),
    ("school_reunion_toast", "school_reunion_toast.en.srt", "school_reunion_toast.ko.srt", 0,
     {10, 37, 43, 54}),
    ("sharded_checkpoint_formats", "sharded_checkpoint_formats.en.vtt",
     "sharded_checkpoint_formats.ko.vtt", 16, set()),
    ("structured_extraction_validation", "structured_extraction_validation.en.vtt",
     "structured_extraction_validation.ko.vtt", 13, {37}),
    ("system_prompt_leak_canaries", "system_prompt_leak_canaries.en.vtt",
     "system_prompt_leak_canaries.ko.vtt", 13, set()),
    ("triton_kernel_fusion", "triton_kernel_fusion.en.srt", "triton_kernel_fusion.ko.srt", 12,
     {44}),
    # Round 84 (agent handoffs, synthetic math data, pairwise preference evals, output
    # moderation, prefill/decode disaggregation, product quantization; bike_club_charity_ride
    # and community_choir_anniversary are correct speeches whose flags left are on meaning).
    ("agent_handoffs_multi", "agent_handoffs_multi.en.srt", "agent_handoffs_multi.ko.srt", 11,
     set()),
    ("bike_club_charity_ride", "bike_club_charity_ride.en.srt",
     "bike_club_charity_ride.ko.srt", 0, {23, 37, 61}),
    ("community_choir_anniversary", "community_choir_anniversary.en.vtt",
     "community_choir_anniversary.ko.vtt", 0, {9, 13, 28, 33}),
    ("dataset_synthetic_math", "dataset_synthetic_math.en.srt", "dataset_synthetic_math.ko.srt",
     12, set()),
    ("eval_human_preference_arena", "eval_human_preference_arena.en.vtt",
     "eval_human_preference_arena.ko.vtt", 15, {55}),
    ("llm_output_moderation_pipeline", "llm_output_moderation_pipeline.en.vtt",
     "llm_output_moderation_pipeline.ko.vtt", 16, {56}),
    ("prefill_decode_disaggregation", "prefill_decode_disaggregation.en.vtt",
     "prefill_decode_disaggregation.ko.vtt", 11, set()),
    ("vector_quantization_pq", "vector_quantization_pq.en.srt", "vector_quantization_pq.ko.srt",
     13, {18}),
    # Round 85 (code-agent sandboxes, MFU, MT evaluation, index freshness, reward
    # over-optimization, Medusa; ferry_terminal_reopening and quiz_night_champions are correct
    # speeches whose flags left are on meaning).
    ("code_agent_sandboxes", "code_agent_sandboxes.en.vtt", "code_agent_sandboxes.ko.vtt", 12,
     set()),
    ("ferry_terminal_reopening", "ferry_terminal_reopening.en.srt",
     "ferry_terminal_reopening.ko.srt", 0, {9, 13, 37, 43}),
    ("gpu_utilization_mfu", "gpu_utilization_mfu.en.srt", "gpu_utilization_mfu.ko.srt", 17,
     set()),
    ("llm_translation_eval", "llm_translation_eval.en.srt", "llm_translation_eval.ko.srt", 13,
     {36}),
    ("quiz_night_champions", "quiz_night_champions.en.vtt", "quiz_night_champions.ko.vtt", 0,
     {23, 32, 36, 56}),
    ("retrieval_freshness_ttl", "retrieval_freshness_ttl.en.vtt",
     "retrieval_freshness_ttl.ko.vtt", 11, {48}),
    ("rlhf_reward_overoptimization", "rlhf_reward_overoptimization.en.vtt",
     "rlhf_reward_overoptimization.ko.vtt", 15, {9, 27}),
    ("speculative_decoding_medusa", "speculative_decoding_medusa.en.vtt",
     "speculative_decoding_medusa.ko.vtt", 11, {38}),
    # Round 86 (stopping criteria of agents, LLM judges' biases, expert parallelism, prefix
    # caching, QAT against PTQ, grammar-constrained decoding; tennis_club_centenary and
    # bakery_retirement_party are correct speeches rendered freely, negations said positively,
    # whose flags left are on meaning and on "never" said 늘/꼬박꼬박).
    ("agent_stopping_criteria", "agent_stopping_criteria.en.srt",
     "agent_stopping_criteria.ko.srt", 12, set()),
    ("bakery_retirement_party", "bakery_retirement_party.en.srt",
     "bakery_retirement_party.ko.srt", 0,
     {7, 9, 11, 16, 17, 18, 20, 22, 25, 31, 33, 34, 35, 39, 45, 50, 55, 56}),
    ("llm_judge_position_bias", "llm_judge_position_bias.en.vtt",
     "llm_judge_position_bias.ko.vtt", 13, {5, 11, 35}),
    ("moe_expert_parallelism", "moe_expert_parallelism.en.srt", "moe_expert_parallelism.ko.srt",
     9, {34}),
    ("prefix_caching_vllm", "prefix_caching_vllm.en.vtt", "prefix_caching_vllm.ko.vtt", 9,
     set()),
    ("qat_vs_ptq_4bit", "qat_vs_ptq_4bit.en.vtt", "qat_vs_ptq_4bit.ko.vtt", 11, {44}),
    ("structured_decoding_grammars", "structured_decoding_grammars.en.srt",
     "structured_decoding_grammars.ko.srt", 8, set()),
    ("tennis_club_centenary", "tennis_club_centenary.en.vtt", "tennis_club_centenary.ko.vtt", 0,
     {2, 3, 20, 26, 36, 39, 41, 42, 44, 48}),
    # Round 87 (KV-cache block sharing, a retriever-reranker cascade, RL with verifiable
    # rewards, logit distillation, LoRA ablations, groundedness; sailing_club_trophy_night and
    # library_centenary_gala are correct speeches whose flags left are on meaning and on
    # negations said by their opposite: "never once agreed" said 매번 의견이 분분).
    ("distillation_logit_matching", "distillation_logit_matching.en.srt",
     "distillation_logit_matching.ko.srt", 11, set()),
    ("embedding_rerank_cascade", "embedding_rerank_cascade.en.vtt",
     "embedding_rerank_cascade.ko.vtt", 14, set()),
    ("kv_cache_prefix_sharing", "kv_cache_prefix_sharing.en.srt",
     "kv_cache_prefix_sharing.ko.srt", 11, {56}),
    ("library_centenary_gala", "library_centenary_gala.en.srt", "library_centenary_gala.ko.srt",
     0, {11, 12, 16, 36, 52}),
    ("lora_dropout_rank_ablation", "lora_dropout_rank_ablation.en.vtt",
     "lora_dropout_rank_ablation.ko.vtt", 12, set()),
    ("rag_eval_groundedness", "rag_eval_groundedness.en.srt", "rag_eval_groundedness.ko.srt", 7,
     set()),
    ("rlvr_math_rewards", "rlvr_math_rewards.en.vtt", "rlvr_math_rewards.ko.vtt", 11, set()),
    ("sailing_club_trophy_night", "sailing_club_trophy_night.en.vtt",
     "sailing_club_trophy_night.ko.vtt", 0, {6, 14, 18, 22, 23, 28, 30, 43, 54, 55, 59}),
    # Round 88 (jailbreak evaluations, autoscaling on latency SLOs, MoE load balancing,
    # needle-in-a-haystack tests, byte fallback, grounding in document regions;
    # rugby_club_awards_dinner and market_traders_farewell are correct speeches whose flags
    # left are on meaning and on negations said by their opposite).
    ("guardrail_jailbreak_evals", "guardrail_jailbreak_evals.en.vtt",
     "guardrail_jailbreak_evals.ko.vtt", 8, {4, 6, 50}),
    ("llm_serving_autoscaling_slo", "llm_serving_autoscaling_slo.en.srt",
     "llm_serving_autoscaling_slo.ko.srt", 8, set()),
    ("market_traders_farewell", "market_traders_farewell.en.srt",
     "market_traders_farewell.ko.srt", 0, {3, 9, 10, 16, 17, 23, 29, 31, 34, 35, 44, 45, 49}),
    ("moe_load_balancing_loss", "moe_load_balancing_loss.en.vtt",
     "moe_load_balancing_loss.ko.vtt", 12, {9, 48}),
    ("needle_haystack_position_bias", "needle_haystack_position_bias.en.srt",
     "needle_haystack_position_bias.ko.srt", 11, set()),
    ("rugby_club_awards_dinner", "rugby_club_awards_dinner.en.vtt",
     "rugby_club_awards_dinner.ko.vtt", 0,
     {8, 9, 10, 20, 21, 23, 27, 33, 36, 38, 39, 42, 50, 59}),
    ("tokenizer_byte_fallback", "tokenizer_byte_fallback.en.srt",
     "tokenizer_byte_fallback.ko.srt", 11, set()),
    ("vlm_document_grounding", "vlm_document_grounding.en.vtt", "vlm_document_grounding.ko.vtt",
     11, {9, 39, 54}),
    # Round 89 (an agent's memory, judge rubric drift, LoRA and QLoRA memory, reciprocal rank
    # fusion, refusal calibration, chunked prefill; allotment_show_prizegiving and
    # brass_band_jubilee are correct speeches whose flags left are on meaning and on
    # negations said by their opposite; vllm_chunked_prefill's 15 is "version 0.8.0" read as
    # the figures 0.8 and 0).
    ("agent_memory_summaries", "agent_memory_summaries.en.vtt", "agent_memory_summaries.ko.vtt",
     8, set()),
    ("allotment_show_prizegiving", "allotment_show_prizegiving.en.vtt",
     "allotment_show_prizegiving.ko.vtt", 0, {13, 26, 29, 30, 36, 38, 44, 48, 59}),
    ("brass_band_jubilee", "brass_band_jubilee.en.srt", "brass_band_jubilee.ko.srt", 0,
     {13, 17, 27, 33, 35, 42, 45, 47, 48, 51}),
    ("eval_judge_rubric_drift", "eval_judge_rubric_drift.en.vtt",
     "eval_judge_rubric_drift.ko.vtt", 11, set()),
    ("lora_qlora_memory_math", "lora_qlora_memory_math.en.vtt", "lora_qlora_memory_math.ko.vtt",
     12, {8}),
    ("rag_hybrid_fusion_rrf", "rag_hybrid_fusion_rrf.en.srt", "rag_hybrid_fusion_rrf.ko.srt", 13,
     {36, 51}),
    ("safety_refusal_calibration", "safety_refusal_calibration.en.srt",
     "safety_refusal_calibration.ko.srt", 8, set()),
    ("vllm_chunked_prefill", "vllm_chunked_prefill.en.srt", "vllm_chunked_prefill.ko.srt", 11,
     {15}),
    # Round 90 (DPO's beta, Matryoshka truncation, canary deploys, reading order in OCR,
    # EAGLE draft trees, injection through tool outputs; cricket_club_annual_dinner and
    # village_hall_centenary are correct speeches whose flags left are on meaning and on
    # negations said by their opposite).
    ("cricket_club_annual_dinner", "cricket_club_annual_dinner.en.vtt",
     "cricket_club_annual_dinner.ko.vtt", 0, {11, 13, 21, 25, 29, 30, 33, 38}),
    ("dpo_beta_tuning", "dpo_beta_tuning.en.vtt", "dpo_beta_tuning.ko.vtt", 11, {36}),
    ("embedding_matryoshka_truncation", "embedding_matryoshka_truncation.en.vtt",
     "embedding_matryoshka_truncation.ko.vtt", 8, {26, 27, 61}),
    ("llm_canary_deploys", "llm_canary_deploys.en.srt", "llm_canary_deploys.ko.srt", 11, set()),
    ("ocr_layout_reading_order", "ocr_layout_reading_order.en.srt",
     "ocr_layout_reading_order.ko.srt", 12, set()),
    ("prompt_injection_tool_outputs", "prompt_injection_tool_outputs.en.srt",
     "prompt_injection_tool_outputs.ko.srt", 9, set()),
    ("speculative_eagle_trees", "speculative_eagle_trees.en.vtt",
     "speculative_eagle_trees.ko.vtt", 10, set()),
    ("village_hall_centenary", "village_hall_centenary.en.srt", "village_hall_centenary.ko.srt",
     0, {4, 16, 17, 21, 28, 44, 54, 55, 60}),
    # Round 91 (ordering passages for RAG, LoRA target modules, pass@k, GPU memory
    # fragmentation, reflection loops, AWQ and GPTQ; fishing_club_prizegiving and
    # nursery_teacher_farewell are correct speeches whose flags left are on meaning, on
    # negations said by their opposite and on an elided unit, "closer to ten" said 10분).
    ("agent_reflection_loops", "agent_reflection_loops.en.vtt",
     "agent_reflection_loops.ko.vtt", 10, set()),
    ("eval_pass_at_k", "eval_pass_at_k.en.vtt", "eval_pass_at_k.ko.vtt", 11, set()),
    ("fishing_club_prizegiving", "fishing_club_prizegiving.en.vtt",
     "fishing_club_prizegiving.ko.vtt", 0, {18, 23, 27, 34, 35, 36, 51, 53}),
    ("gpu_memory_fragmentation", "gpu_memory_fragmentation.en.srt",
     "gpu_memory_fragmentation.ko.srt", 14, set()),
    ("inference_quantization_awq", "inference_quantization_awq.en.srt",
     "inference_quantization_awq.ko.srt", 14, {29, 40, 50}),
    ("lora_target_modules", "lora_target_modules.en.srt", "lora_target_modules.ko.srt", 12,
     {38}),
    ("nursery_teacher_farewell", "nursery_teacher_farewell.en.srt",
     "nursery_teacher_farewell.ko.srt", 0, {5, 6, 11, 13, 22, 27, 29, 30, 43, 46, 52, 53, 54}),
    ("rag_context_ordering", "rag_context_ordering.en.vtt", "rag_context_ordering.ko.vtt", 11,
     {27, 30}),
    # Round 92 (metadata filters in RAG, FlashDecoding, pairwise judges, tool timeouts, chat
    # templates, MoE router collapse; darts_league_finals and postman_retirement_party are
    # correct speeches whose flags left are on meaning and on negations said by their
    # opposite).
    ("agent_tool_timeouts", "agent_tool_timeouts.en.vtt", "agent_tool_timeouts.ko.vtt", 8,
     {23}),
    ("chat_template_bugs", "chat_template_bugs.en.srt", "chat_template_bugs.ko.srt", 14, {5}),
    ("darts_league_finals", "darts_league_finals.en.vtt", "darts_league_finals.ko.vtt", 0,
     {14, 19, 25, 30, 43}),
    ("flash_decoding_kernels", "flash_decoding_kernels.en.vtt",
     "flash_decoding_kernels.ko.vtt", 13, set()),
    ("moe_router_collapse", "moe_router_collapse.en.vtt", "moe_router_collapse.ko.vtt", 13,
     set()),
    ("pairwise_judge_ties", "pairwise_judge_ties.en.srt", "pairwise_judge_ties.ko.srt", 12,
     set()),
    ("postman_retirement_party", "postman_retirement_party.en.srt",
     "postman_retirement_party.ko.srt", 0, {27, 31, 34, 43, 49, 54, 56}),
    ("rag_metadata_filtering", "rag_metadata_filtering.en.srt",
     "rag_metadata_filtering.ko.srt", 10, set()),
    # Round 93 (multilingual embeddings, RoPE scaling, human-judge agreement, PII in
    # streaming, packing masks in SFT, serving cost per token; allotment_flood_thanks and
    # choir_leader_farewell are correct speeches whose flags left are on meaning and on
    # negations said by their opposite).
    ("allotment_flood_thanks", "allotment_flood_thanks.en.srt",
     "allotment_flood_thanks.ko.srt", 0, {13, 17, 18, 25, 26, 28, 33, 41, 44, 45, 56}),
    ("choir_leader_farewell", "choir_leader_farewell.en.vtt", "choir_leader_farewell.ko.vtt",
     0, {8, 16, 24, 25, 26, 29, 34, 45, 55, 56}),
    ("embedding_multilingual_alignment", "embedding_multilingual_alignment.en.srt",
     "embedding_multilingual_alignment.ko.srt", 11, {25}),
    ("guardrail_pii_streaming", "guardrail_pii_streaming.en.vtt",
     "guardrail_pii_streaming.ko.vtt", 15, {14}),
    ("llm_eval_human_agreement", "llm_eval_human_agreement.en.srt",
     "llm_eval_human_agreement.ko.srt", 13, set()),
    ("long_context_rope_scaling", "long_context_rope_scaling.en.vtt",
     "long_context_rope_scaling.ko.vtt", 16, set()),
    ("serving_cost_per_token", "serving_cost_per_token.en.vtt",
     "serving_cost_per_token.ko.vtt", 14, set()),
    ("sft_packing_masks", "sft_packing_masks.en.srt", "sft_packing_masks.ko.srt", 10, set()),
    # Round 94 (abstaining RAG, FSDP or DeepSpeed, numbers in tokenizers, approval steps for
    # agents, latency percentiles, length bias in reward models; bowls_club_season_opening
    # and caretaker_long_service are correct speeches whose flags left are on meaning).
    ("agent_human_approval", "agent_human_approval.en.srt", "agent_human_approval.ko.srt", 12,
     {48}),
    ("bowls_club_season_opening", "bowls_club_season_opening.en.vtt",
     "bowls_club_season_opening.ko.vtt", 0, {25, 28, 43, 44, 50, 57}),
    ("caretaker_long_service", "caretaker_long_service.en.srt",
     "caretaker_long_service.ko.srt", 0, {8, 14, 24, 43, 45, 52, 54}),
    ("fsdp_vs_deepspeed", "fsdp_vs_deepspeed.en.srt", "fsdp_vs_deepspeed.ko.srt", 9, set()),
    ("llm_latency_percentiles", "llm_latency_percentiles.en.vtt",
     "llm_latency_percentiles.ko.vtt", 11, {22}),
    ("rag_answer_abstention", "rag_answer_abstention.en.vtt", "rag_answer_abstention.ko.vtt",
     11, {2, 11, 56}),
    ("reward_model_length_bias", "reward_model_length_bias.en.srt",
     "reward_model_length_bias.ko.srt", 9, {5, 13, 23, 33, 46, 58}),
    ("tokenizer_number_splitting", "tokenizer_number_splitting.en.vtt",
     "tokenizer_number_splitting.ko.vtt", 12, {28, 47}),
    # Round 95 (HNSW tuning, JSON mode failures, data for distillation, acceptance in
    # speculative decoding, tables in RAG, GPU interconnects; amateur_dramatics_awards and
    # lollipop_lady_retirement are correct speeches whose flags left are on meaning).
    ("amateur_dramatics_awards", "amateur_dramatics_awards.en.srt",
     "amateur_dramatics_awards.ko.srt", 0, {6, 12, 19, 21, 23, 25, 32, 37, 44, 46, 52}),
    ("distillation_data_selection", "distillation_data_selection.en.srt",
     "distillation_data_selection.ko.srt", 12, {48, 49}),
    ("gpu_interconnect_nvlink", "gpu_interconnect_nvlink.en.vtt",
     "gpu_interconnect_nvlink.ko.vtt", 11, {57}),
    ("llm_json_mode_failures", "llm_json_mode_failures.en.vtt", "llm_json_mode_failures.ko.vtt",
     12, set()),
    ("lollipop_lady_retirement", "lollipop_lady_retirement.en.vtt",
     "lollipop_lady_retirement.ko.vtt", 0, {13, 17, 18, 27, 30, 31, 32, 38, 54, 56, 58, 59, 61}),
    ("rag_table_qa", "rag_table_qa.en.srt", "rag_table_qa.ko.srt", 11, {19}),
    ("speculative_decoding_acceptance", "speculative_decoding_acceptance.en.vtt",
     "speculative_decoding_acceptance.ko.vtt", 12, set()),
    ("vector_db_hnsw_tuning", "vector_db_hnsw_tuning.en.srt", "vector_db_hnsw_tuning.ko.srt",
     13, set()),
    # Round 96 (memory for agents, index refresh, batching prefill, contamination probes,
    # LoRA learning rates, red-team metrics; pub_quiz_league_final and scout_leader_thanks
    # are correct speeches whose flags left are on meaning and on negations said by their
    # opposite).
    ("agent_memory_retrieval", "agent_memory_retrieval.en.vtt", "agent_memory_retrieval.ko.vtt",
     11, {18, 27, 30}),
    ("embedding_index_refresh", "embedding_index_refresh.en.vtt",
     "embedding_index_refresh.ko.vtt", 11, {19, 48}),
    ("inference_batching_prefill", "inference_batching_prefill.en.vtt",
     "inference_batching_prefill.ko.vtt", 12, {59}),
    ("llm_eval_contamination_probes", "llm_eval_contamination_probes.en.srt",
     "llm_eval_contamination_probes.ko.srt", 13, {16, 61}),
    ("lora_learning_rates", "lora_learning_rates.en.srt", "lora_learning_rates.ko.srt", 11,
     {2, 47}),
    ("pub_quiz_league_final", "pub_quiz_league_final.en.vtt", "pub_quiz_league_final.ko.vtt",
     0, {2, 7, 16, 17, 24, 41, 44, 48, 53, 54, 58}),
    ("safety_eval_red_team_metrics", "safety_eval_red_team_metrics.en.srt",
     "safety_eval_red_team_metrics.ko.srt", 14, {22}),
    ("scout_leader_thanks", "scout_leader_thanks.en.srt", "scout_leader_thanks.ko.srt", 0,
     {9, 13, 17, 18, 19, 20, 27, 33, 34, 35, 36, 39, 40, 44, 51, 60}),
    # Round 97 (chunk sizes for RAG, cache hit rates, MoE memory, regression suites, FP8 KV
    # caches, planner-executor agents; swimming_gala_thanks and village_shop_anniversary are
    # correct speeches whose flags left are on meaning and on negations said by meaning).
    ("agent_planner_executor", "agent_planner_executor.en.vtt", "agent_planner_executor.ko.vtt",
     11, set()),
    ("eval_llm_regression_suite", "eval_llm_regression_suite.en.vtt",
     "eval_llm_regression_suite.ko.vtt", 9, {39}),
    ("llm_cache_hit_rates", "llm_cache_hit_rates.en.vtt", "llm_cache_hit_rates.ko.vtt", 9,
     set()),
    ("moe_inference_memory", "moe_inference_memory.en.srt", "moe_inference_memory.ko.srt", 9,
     {56}),
    ("quantized_kv_cache_fp8", "quantized_kv_cache_fp8.en.srt", "quantized_kv_cache_fp8.ko.srt",
     11, set()),
    ("rag_chunk_size_tuning", "rag_chunk_size_tuning.en.srt", "rag_chunk_size_tuning.ko.srt",
     13, {20}),
    ("swimming_gala_thanks", "swimming_gala_thanks.en.srt", "swimming_gala_thanks.ko.srt", 0,
     {17, 18, 21, 26, 31, 36, 41, 46, 49, 52, 53}),
    ("village_shop_anniversary", "village_shop_anniversary.en.vtt",
     "village_shop_anniversary.ko.vtt", 0, {13, 14, 28, 42, 43, 46, 48}),
    # Round 98 (continuous batching, the CUDA caching allocator, DPO's reference model,
    # embedding dimensions, agent sandboxes, PDF parsing; bowling_league_awards and
    # choir_director_farewell are correct speeches whose flags left are mostly on meaning).
    ("continuous_batching_throughput", "continuous_batching_throughput.en.srt",
     "continuous_batching_throughput.ko.srt", 13, set()),
    ("cuda_allocator_fragmentation", "cuda_allocator_fragmentation.en.vtt",
     "cuda_allocator_fragmentation.ko.vtt", 11, set()),
    ("dpo_reference_model_choice", "dpo_reference_model_choice.en.vtt",
     "dpo_reference_model_choice.ko.vtt", 13, {6, 8, 13, 21}),
    ("embedding_dimension_reduction", "embedding_dimension_reduction.en.vtt",
     "embedding_dimension_reduction.ko.vtt", 13, set()),
    ("llm_agent_sandboxing", "llm_agent_sandboxing.en.srt", "llm_agent_sandboxing.ko.srt", 11,
     {54, 63}),
    ("rag_pdf_parsing", "rag_pdf_parsing.en.srt", "rag_pdf_parsing.ko.srt", 11, {3}),
    ("bowling_league_awards", "bowling_league_awards.en.vtt", "bowling_league_awards.ko.vtt", 0,
     {14, 15, 18, 26, 27, 28, 29, 46, 47}),
    ("choir_director_farewell", "choir_director_farewell.en.srt",
     "choir_director_farewell.ko.srt", 0, {3, 12, 15, 17, 35, 38, 42, 47}),
    # Round 99 (KV cache offload, batch API discounts, JSON schema evolution, ColBERT, reward
    # model calibration, image resolution in VLMs; darts_club_presentation and
    # lifeboat_crew_thanks are correct speeches whose flags left are mostly on meaning).
    ("kv_cache_cpu_offload", "kv_cache_cpu_offload.en.srt", "kv_cache_cpu_offload.ko.srt", 13,
     {58}),
    ("llm_batch_api_discounts", "llm_batch_api_discounts.en.vtt",
     "llm_batch_api_discounts.ko.vtt", 12, {28}),
    ("llm_json_schema_evolution", "llm_json_schema_evolution.en.srt",
     "llm_json_schema_evolution.ko.srt", 13, {16}),
    ("retrieval_multi_vector_colbert", "retrieval_multi_vector_colbert.en.vtt",
     "retrieval_multi_vector_colbert.ko.vtt", 14, set()),
    ("reward_model_calibration", "reward_model_calibration.en.srt",
     "reward_model_calibration.ko.srt", 13, set()),
    ("vision_encoder_resolution", "vision_encoder_resolution.en.vtt",
     "vision_encoder_resolution.ko.vtt", 14, {30, 56, 60}),
    ("darts_club_presentation", "darts_club_presentation.en.vtt",
     "darts_club_presentation.ko.vtt", 0, {21, 27, 28, 34, 46, 49, 52, 55}),
    ("lifeboat_crew_thanks", "lifeboat_crew_thanks.en.srt", "lifeboat_crew_thanks.ko.srt", 0,
     {7, 8, 20, 25, 35, 40, 43, 44, 45, 52}),
    # Round 100 (judge rubric drift, GPU failures and checkpoints, MoE capacity factor,
    # prompt localization, reranker distillation, speculative decoding under load;
    # allotment_open_day_thanks and bellringers_anniversary are correct speeches whose flags
    # left are on meaning and on negations said by meaning).
    ("eval_llm_judge_rubrics_drift", "eval_llm_judge_rubrics_drift.en.srt",
     "eval_llm_judge_rubrics_drift.ko.srt", 11, {59}),
    ("gpu_cluster_failures_checkpoints", "gpu_cluster_failures_checkpoints.en.vtt",
     "gpu_cluster_failures_checkpoints.ko.vtt", 12, {53}),
    ("moe_capacity_factor_tuning", "moe_capacity_factor_tuning.en.vtt",
     "moe_capacity_factor_tuning.ko.vtt", 12, {39}),
    ("prompt_template_localization", "prompt_template_localization.en.srt",
     "prompt_template_localization.ko.srt", 10, {20, 40}),
    ("rag_reranker_distillation", "rag_reranker_distillation.en.srt",
     "rag_reranker_distillation.ko.srt", 12, set()),
    ("speculative_decoding_batch_effects", "speculative_decoding_batch_effects.en.vtt",
     "speculative_decoding_batch_effects.ko.vtt", 14, {48, 51}),
    ("allotment_open_day_thanks", "allotment_open_day_thanks.en.vtt",
     "allotment_open_day_thanks.ko.vtt", 0,
     {4, 8, 10, 13, 15, 19, 20, 28, 29, 30, 33, 37, 38, 39, 56}),
    ("bellringers_anniversary", "bellringers_anniversary.en.srt",
     "bellringers_anniversary.ko.srt", 0, {4, 9, 16, 23, 26, 27, 28, 46, 47, 51, 56}),
    # Round 101 (agent memory forgetting, Elo ratings, INT4 accuracy loss, a tokenizer
    # migration, LoRA hot-swapping, RAG query routing; pantomime_society_thanks and
    # rounders_club_dinner are correct speeches whose flags left are on meaning and on
    # negations said by meaning).
    ("agent_memory_forgetting", "agent_memory_forgetting.en.srt",
     "agent_memory_forgetting.ko.srt", 9, {1, 13, 37, 42, 53}),
    ("eval_pairwise_elo_ratings", "eval_pairwise_elo_ratings.en.vtt",
     "eval_pairwise_elo_ratings.ko.vtt", 13, {56}),
    ("inference_int4_accuracy_loss", "inference_int4_accuracy_loss.en.vtt",
     "inference_int4_accuracy_loss.ko.vtt", 11, {7, 44, 47, 49, 52}),
    ("llm_tokenizer_migration", "llm_tokenizer_migration.en.srt",
     "llm_tokenizer_migration.ko.srt", 14, {49}),
    ("lora_adapter_hotswap", "lora_adapter_hotswap.en.srt", "lora_adapter_hotswap.ko.srt", 12,
     {37}),
    ("rag_query_routing_costs", "rag_query_routing_costs.en.vtt",
     "rag_query_routing_costs.ko.vtt", 10, set()),
    ("pantomime_society_thanks", "pantomime_society_thanks.en.vtt",
     "pantomime_society_thanks.ko.vtt", 0,
     {13, 15, 25, 27, 28, 29, 30, 31, 41, 47, 53, 54, 58}),
    ("rounders_club_dinner", "rounders_club_dinner.en.srt", "rounders_club_dinner.ko.srt", 0,
     {10, 19, 22, 32, 36, 39, 51, 56, 57}),
    # Round 102 (sharding a vector index, choosing a draft model, prompt injection
    # sandboxes, deduplicating a fine-tuning set, KV cache quantization, OCR with
    # vision-language models; beekeepers_association_toast and harbour_rowing_club_farewell
    # are correct speeches whose flags left are on meaning and on negations said by meaning).
    ("embedding_index_sharding", "embedding_index_sharding.en.vtt",
     "embedding_index_sharding.ko.vtt", 12, {28}),
    ("finetune_dataset_dedup", "finetune_dataset_dedup.en.srt", "finetune_dataset_dedup.ko.srt",
     11, set()),
    ("kv_cache_quantization", "kv_cache_quantization.en.vtt", "kv_cache_quantization.ko.vtt", 14,
     set()),
    ("prompt_injection_sandbox", "prompt_injection_sandbox.en.vtt",
     "prompt_injection_sandbox.ko.vtt", 12, set()),
    ("speculative_draft_model_choice", "speculative_draft_model_choice.en.srt",
     "speculative_draft_model_choice.ko.srt", 12, set()),
    ("vision_language_ocr", "vision_language_ocr.en.srt", "vision_language_ocr.ko.srt", 15,
     set()),
    ("beekeepers_association_toast", "beekeepers_association_toast.en.vtt",
     "beekeepers_association_toast.ko.vtt", 0, {3, 4, 5, 14, 24, 29, 30, 33, 34, 37, 52}),
    ("harbour_rowing_club_farewell", "harbour_rowing_club_farewell.en.srt",
     "harbour_rowing_club_farewell.ko.srt", 0,
     {14, 15, 17, 18, 23, 30, 33, 38, 39, 42, 43, 44, 54, 55, 59}),
    # Round 103 (reward model over-optimization, parallel tool calls, long-context retrieval
    # evals, GPU out-of-memory errors, hybrid search weights, distillation temperature;
    # knitting_circle_anniversary and lifeboat_station_open_day are correct speeches).
    ("reward_model_overoptimization", "reward_model_overoptimization.en.vtt",
     "reward_model_overoptimization.ko.vtt", 11, {30, 31, 34, 43}),
    ("tool_calling_parallel_calls", "tool_calling_parallel_calls.en.srt",
     "tool_calling_parallel_calls.ko.srt", 12, set()),
    ("long_context_retrieval_eval", "long_context_retrieval_eval.en.vtt",
     "long_context_retrieval_eval.ko.vtt", 9, {39, 49}),
    ("gpu_memory_fragmentation_debug", "gpu_memory_fragmentation_debug.en.srt",
     "gpu_memory_fragmentation_debug.ko.srt", 12, set()),
    ("rag_hybrid_search_weights", "rag_hybrid_search_weights.en.vtt",
     "rag_hybrid_search_weights.ko.vtt", 9, {15}),
    ("distill_temperature_choice", "distill_temperature_choice.en.srt",
     "distill_temperature_choice.ko.srt", 13, set()),
    ("knitting_circle_anniversary", "knitting_circle_anniversary.en.vtt",
     "knitting_circle_anniversary.ko.vtt", 0,
     {9, 10, 13, 19, 20, 24, 26, 29, 35, 38, 40, 42, 44, 47}),
    ("lifeboat_station_open_day", "lifeboat_station_open_day.en.srt",
     "lifeboat_station_open_day.ko.srt", 0, {31, 33, 34, 40, 41, 46, 51, 58}),
    # Round 104 (the MoE auxiliary loss, embedding drift, agent tool scopes, seed variance in
    # evals, grammar-constrained decoding, vLLM prefix cache eviction; allotment_harvest_supper
    # and brass_quintet_farewell are correct speeches).
    ("moe_aux_loss_tuning", "moe_aux_loss_tuning.en.vtt", "moe_aux_loss_tuning.ko.vtt", 11,
     set()),
    ("embedding_drift_monitoring", "embedding_drift_monitoring.en.srt",
     "embedding_drift_monitoring.ko.srt", 9, {2}),
    ("agent_tool_scopes_audit", "agent_tool_scopes_audit.en.vtt",
     "agent_tool_scopes_audit.ko.vtt", 15, {47, 50}),
    ("llm_eval_seed_variance", "llm_eval_seed_variance.en.srt", "llm_eval_seed_variance.ko.srt",
     11, {26, 56}),
    ("structured_output_grammar", "structured_output_grammar.en.vtt",
     "structured_output_grammar.ko.vtt", 12, {7}),
    ("vllm_prefix_cache_eviction", "vllm_prefix_cache_eviction.en.srt",
     "vllm_prefix_cache_eviction.ko.srt", 10, {18, 24}),
    ("allotment_harvest_supper", "allotment_harvest_supper.en.vtt",
     "allotment_harvest_supper.ko.vtt", 0, {4, 6, 18, 28, 45, 49, 50, 53}),
    ("brass_quintet_farewell", "brass_quintet_farewell.en.srt", "brass_quintet_farewell.ko.srt",
     0, {4, 6, 13, 26, 33, 34, 39, 40, 42, 43, 44, 46, 49, 50, 58}),
])
def test_blind_machine_translations_flag_real_errors(scanner, name, source, target, found,
                                                     false_alarms):
    # Misses left: meanings turned round or given to the wrong subject in fluent Korean
    # ("tokens, not words", "opposite direction" -> 같은 방향, "the agent" -> 사용자).
    report = scanner.scan(DATA / source, DATA / target)
    labels = read_labels(DATA / f"{name}.labels.csv")
    flagged = {c.pair.target.index for c in report.cues if c.flagged}
    major = {cue for cue, (severity, _) in labels.items() if severity == "major"}
    assert flagged - set(labels) <= false_alarms
    assert len(flagged & major) >= found
